package dev.podgraph.recommend;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.Role;
import dev.podgraph.graph.SimilarEpisodes;
import dev.podgraph.graph.SimilarEpisodes.StoredLink;
import dev.podgraph.recommend.RelatedQueries.Candidate;
import dev.podgraph.recommend.RelatedQueries.Newest;
import dev.podgraph.recommend.RelatedQueries.SharedPerson;
import dev.podgraph.recommend.Similarity.Scored;

/**
 * Related episodes and the episode page's recommendations, each with its reasons.
 * <p>
 * Related episodes are read from the episode's precomputed list ({@link SimilarPass}); an episode without one yet (its
 * embedding not in, or the pass not run) is related at read time the same way: its candidates
 * ({@link RelatedQueries}) ranked by what they share ({@link Similarity}). Recommendations start from them and make a
 * list of it: a little freshness, the previous episode of the season left out (most likely heard already; the related
 * list shows it) while the next one gains, no near-duplicates ({@link Diversifier}), and, when too little is related
 * (a new episode that shares nothing yet), the newest episodes of the same podcast and then of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class Recommender {

	private final RelatedQueries queries;

	private final SimilarEpisodes lists;

	private final RecommendProperties properties;

	private final Similarity similarity;

	private final Diversifier diversifier;

	private final ReasonCodec codec = new ReasonCodec();

	private final Clock clock;

	Recommender(RelatedQueries queries, SimilarEpisodes lists, RecommendProperties properties, Clock clock) {
		this.queries = queries;
		this.lists = lists;
		this.properties = properties;
		this.similarity = new Similarity(properties.weights());
		this.diversifier = new Diversifier(properties.recommendations().diversity(),
				properties.recommendations().perGuest());
		this.clock = clock;
	}

	/**
	 * @param key an episode's key
	 * @param limit the most episodes
	 * @return the episodes most related to it, best first, or empty when there is no such episode
	 */
	public Optional<RelatedEpisodes> related(String key, int limit) {
		return ranked(key, limit).map(ranked -> related(ranked, limit));
	}

	/**
	 * @param key an episode's key
	 * @param limit the most episodes
	 * @return what to listen to after it, in the order to show, or empty when there is no such episode
	 */
	public Optional<RelatedEpisodes> recommendations(String key, int limit) {
		return ranked(key, properties.recommendations().pool()).map(ranked -> recommendations(key, ranked, limit));
	}

	/**
	 * Both lists of an episode's page, from one read of its list of similar episodes.
	 * @param key an episode's key
	 * @param related the most related episodes
	 * @param recommended the most recommendations
	 * @return both lists, or empty when there is no such episode
	 */
	public Optional<Suggestions> suggestions(String key, int related, int recommended) {
		return ranked(key, Math.max(related, properties.recommendations().pool()))
			.map(ranked -> new Suggestions(related(ranked, related), recommendations(key, ranked, recommended)));
	}

	/**
	 * An episode's page's two lists.
	 * @param related the episodes most related to it, best first
	 * @param recommended what to listen to after it, in the order to show
	 */
	public record Suggestions(RelatedEpisodes related, RelatedEpisodes recommended) {
	}

	private static RelatedEpisodes related(Ranked ranked, int limit) {
		return new RelatedEpisodes(ranked.episode(),
				ranked.scored().stream().limit(limit).map(Recommender::related).toList());
	}

	private RelatedEpisodes recommendations(String key, Ranked ranked, int limit) {
		Set<String> previous = new HashSet<>();
		List<Scored> picked = diversifier.pick(pool(ranked.scored(), previous), limit);
		List<RelatedEpisode> episodes = new ArrayList<>(picked.stream().map(Recommender::related).toList());
		if (episodes.size() < limit) {
			fillWithNewest(key, previous, episodes, limit);
		}
		return new RelatedEpisodes(ranked.episode(), List.copyOf(episodes));
	}

	/** An episode and its related episodes, best first. */
	private record Ranked(EpisodeRef episode, List<Scored> scored) {
	}

	/** From the precomputed list when there is one for the episode as it is, else computed now. */
	private Optional<Ranked> ranked(String key, int limit) {
		return lists.read(key, limit).map(stored -> {
			if (!stored.computed()) {
				return queries.neighbourhood(key)
					.map(neighbourhood -> new Ranked(neighbourhood.episode(), similarity.score(neighbourhood)))
					.orElseThrow();
			}
			return new Ranked(stored.episode(), stored.similar().stream().map(this::scored).toList());
		});
	}

	/** A stored entry as the scoring gave it: what the two episodes share is in its reasons. */
	private Scored scored(StoredLink link) {
		List<Reason> reasons = codec.read(link.reasons());
		List<String> topics = new ArrayList<>();
		List<SharedPerson> people = new ArrayList<>();
		List<String> organisations = new ArrayList<>();
		List<String> sponsors = new ArrayList<>();
		Double content = null;
		for (Reason reason : reasons) {
			switch (reason) {
				case Reason.SharedTopic t -> topics.add(t.topic().key());
				case Reason.SameGuest g -> people.add(new SharedPerson(g.person().key(), Role.GUEST));
				case Reason.SameOrganisation o -> organisations.add(o.organisation().key());
				case Reason.SameSponsor s -> sponsors.add(s.sponsor().key());
				case Reason.SimilarContent c -> content = c.similarity();
				default -> {
				}
			}
		}
		return new Scored(new Candidate(link.episode(), topics, topics.size(), people, organisations, sponsors, content),
				link.score(), reasons);
	}

	/** The related episodes to pick from: fresher ones a little ahead, and no episode before this one in its season. */
	private List<Scored> pool(List<Scored> related, Set<String> previous) {
		LocalDate today = LocalDate.now(clock);
		RecommendProperties.Recommendations settings = properties.recommendations();
		double halfLife = Math.max(1, settings.freshnessHalfLife().toDays());
		List<Scored> pool = new ArrayList<>();
		for (Scored scored : related) {
			boolean before = scored.reasons()
				.stream()
				.anyMatch(r -> r instanceof Reason.SeasonNeighbour n && !n.next());
			if (before) {
				previous.add(scored.episode().key());
				continue;
			}
			LocalDate published = scored.episode().published();
			double age = published == null ? Double.POSITIVE_INFINITY
					: Math.max(0, ChronoUnit.DAYS.between(published, today));
			double boost = 1 + settings.freshness() * Math.pow(0.5, age / halfLife);
			pool.add(new Scored(scored.candidate(), Similarity.round(scored.score() * boost), scored.reasons()));
			if (pool.size() == settings.pool()) {
				break;
			}
		}
		pool.sort(Similarity.bestFirst());
		return pool;
	}

	private void fillWithNewest(String key, Set<String> previous, List<RelatedEpisode> episodes, int limit) {
		Set<String> taken = new HashSet<>(previous);
		episodes.forEach(e -> taken.add(e.episode().key()));
		for (Newest newest : queries.newest(key, limit + previous.size())) {
			if (episodes.size() == limit) {
				break;
			}
			if (taken.add(newest.episode().key())) {
				episodes.add(new RelatedEpisode(newest.episode(), 0,
						List.of(new Reason.Newest(newest.samePodcast() ? newest.episode().podcast() : null))));
			}
		}
	}

	private static RelatedEpisode related(Scored scored) {
		return new RelatedEpisode(scored.episode(), scored.score(), scored.reasons());
	}

}
