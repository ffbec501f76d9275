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

import dev.podgraph.recommend.RelatedQueries.Neighbourhood;
import dev.podgraph.recommend.RelatedQueries.Newest;
import dev.podgraph.recommend.Similarity.Scored;

/**
 * Related episodes and the episode page's recommendations, each with its reasons.
 * <p>
 * Related episodes are the episode's candidates ({@link RelatedQueries}) ranked by what they share
 * ({@link Similarity}). Recommendations start from them and make a list of it: a little freshness, at most one
 * episode of the same season (the next one; the previous one is most likely heard already), no near-duplicates
 * ({@link Diversifier}), and, when too little is related (a new episode that shares nothing yet), the newest episodes
 * of the same podcast and then of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class Recommender {

	private final RelatedQueries queries;

	private final RecommendProperties properties;

	private final Similarity similarity;

	private final Diversifier diversifier;

	private final Clock clock;

	Recommender(RelatedQueries queries, RecommendProperties properties, Clock clock) {
		this.queries = queries;
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
		return queries.neighbourhood(key).map(neighbourhood -> new RelatedEpisodes(neighbourhood.episode(),
				similarity.score(neighbourhood).stream().limit(limit).map(Recommender::related).toList()));
	}

	/**
	 * @param key an episode's key
	 * @param limit the most episodes
	 * @return what to listen to after it, in the order to show, or empty when there is no such episode
	 */
	public Optional<RelatedEpisodes> recommendations(String key, int limit) {
		return queries.neighbourhood(key).map(neighbourhood -> {
			Set<String> previous = new HashSet<>();
			List<Scored> picked = diversifier.pick(pool(neighbourhood, previous), limit);
			List<RelatedEpisode> episodes = new ArrayList<>(picked.stream().map(Recommender::related).toList());
			if (episodes.size() < limit) {
				fillWithNewest(key, previous, episodes, limit);
			}
			return new RelatedEpisodes(neighbourhood.episode(), List.copyOf(episodes));
		});
	}

	/** The related episodes to pick from: fresher ones a little ahead, and no episode before this one in its season. */
	private List<Scored> pool(Neighbourhood neighbourhood, Set<String> previous) {
		LocalDate today = LocalDate.now(clock);
		RecommendProperties.Recommendations settings = properties.recommendations();
		double halfLife = Math.max(1, settings.freshnessHalfLife().toDays());
		List<Scored> pool = new ArrayList<>();
		for (Scored scored : similarity.score(neighbourhood)) {
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
