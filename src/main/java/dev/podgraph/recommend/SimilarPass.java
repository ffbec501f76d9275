package dev.podgraph.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.SimilarEpisodes;
import dev.podgraph.graph.SimilarEpisodes.Link;
import dev.podgraph.graph.SimilarEpisodes.Pending;
import dev.podgraph.recommend.Similarity.Scored;

/**
 * Precomputes each episode's list of similar episodes once its embedding is in: its related episodes, as
 * {@link Recommender} finds them at read time, stored as {@code SIMILAR} relationships with their scores and reasons.
 * Incremental: a new or changed episode computes its own list, and offers itself to the lists of the episodes on it
 * (entering where it beats the weakest); no other list is recomputed. Lists of older episodes therefore keep the
 * scores of when they were computed, while topics' rarity drifts as the catalogue grows.
 */
@Component
public class SimilarPass {

	private static final Logger log = LoggerFactory.getLogger(SimilarPass.class);

	private final RelatedQueries queries;

	private final Similarity similarity;

	private final SimilarEpisodes lists;

	private final ReasonCodec codec = new ReasonCodec();

	private final RecommendProperties.Lists settings;

	SimilarPass(RelatedQueries queries, SimilarEpisodes lists, RecommendProperties properties) {
		this.queries = queries;
		this.similarity = new Similarity(properties.weights());
		this.lists = lists;
		this.settings = properties.lists();
	}

	/**
	 * What a pass did.
	 * @param episodes episodes whose list was computed and saved
	 * @param seconds how long it took
	 */
	public record Result(long episodes, double seconds) {
	}

	/**
	 * Computes the list of every episode that waits for one and has its embedding, until none does. Only one pass
	 * runs at a time.
	 * @return what was done
	 */
	public synchronized Result catchUp() {
		long started = System.nanoTime();
		long episodes = 0;
		long lastLog = started;
		while (true) {
			List<Pending> pending = lists.pending(settings.batchSize());
			long saved = 0;
			for (Pending episode : pending) {
				if (compute(episode)) {
					saved++;
				}
			}
			episodes += saved;
			if (saved == 0) {
				// Nothing waits, or every episode read changed meanwhile: the next pass reads them again.
				break;
			}
			if (System.nanoTime() - lastLog > 10_000_000_000L) {
				lastLog = System.nanoTime();
				log.info("Similar episodes: {} lists so far, {} still waiting", episodes, lists.pendingCount());
			}
		}
		Result result = new Result(episodes, (System.nanoTime() - started) / 1e9);
		if (result.episodes() > 0) {
			log.info("Similar episodes: {} lists computed in {} s", result.episodes(),
					String.format("%.1f", result.seconds()));
		}
		return result;
	}

	/**
	 * Computes the lists of the given episodes only, whether they wait or not: for benchmarks and tools that need some
	 * lists without the whole pass.
	 * @param keys episodes' keys
	 * @return how many lists were saved
	 */
	public long computeFor(List<String> keys) {
		long saved = 0;
		for (Pending episode : lists.versions(keys)) {
			if (compute(episode)) {
				saved++;
			}
		}
		return saved;
	}

	private boolean compute(Pending episode) {
		Optional<RelatedQueries.Neighbourhood> neighbourhood = queries.neighbourhood(episode.key());
		if (neighbourhood.isEmpty()) {
			return false;
		}
		List<Link> links = new ArrayList<>();
		List<Link> offers = new ArrayList<>();
		for (Scored scored : similarity.score(neighbourhood.get()).stream().limit(settings.length()).toList()) {
			links.add(new Link(scored.episode().key(), scored.score(), codec.write(scored.reasons())));
			offers.add(new Link(scored.episode().key(), scored.score(), codec.write(seenFromThere(scored.reasons()))));
		}
		return lists.save(episode, links, offers, settings.length());
	}

	/**
	 * The reasons as the other episode's list gives them: the same things shared, but this episode comes before the
	 * other where the other came after. The score is kept as computed from this side (the topics' share is measured
	 * against this episode's topics): close, not equal, to what the other would compute.
	 */
	static List<Reason> seenFromThere(List<Reason> reasons) {
		return reasons.stream()
			.map(r -> r instanceof Reason.SeasonNeighbour n ? new Reason.SeasonNeighbour(n.season(), !n.next()) : r)
			.toList();
	}

}
