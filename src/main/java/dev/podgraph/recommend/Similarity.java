package dev.podgraph.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.Role;
import dev.podgraph.recommend.RelatedQueries.Candidate;
import dev.podgraph.recommend.RelatedQueries.Neighbourhood;
import dev.podgraph.recommend.RelatedQueries.OwnPerson;
import dev.podgraph.recommend.RelatedQueries.OwnSponsor;
import dev.podgraph.recommend.RelatedQueries.OwnTopic;
import dev.podgraph.recommend.RelatedQueries.SharedPerson;

/**
 * Scores the candidates of an episode: each thing they share is a signal from 0 to 1, weighed by
 * {@link RecommendProperties.Weights}, and becomes a {@link Reason}. Plain Java, so that the scoring is tested alone.
 */
final class Similarity {

	/** The most shared topics given as reasons; the score counts them all. */
	static final int TOPIC_REASONS = 5;

	private final RecommendProperties.Weights weights;

	Similarity(RecommendProperties.Weights weights) {
		this.weights = weights;
	}

	/**
	 * A candidate scored.
	 * @param candidate what it shares
	 * @param score the weighted sum of its signals
	 * @param reasons the signals as reasons, strongest first
	 */
	record Scored(Candidate candidate, double score, List<Reason> reasons) {

		EpisodeRef episode() {
			return candidate.episode();
		}

	}

	/**
	 * @param neighbourhood an episode and its candidates
	 * @return the candidates that share something, best first
	 */
	List<Scored> score(Neighbourhood neighbourhood) {
		Map<String, Double> topicWeights = topicWeights(neighbourhood);
		double topicTotal = topicWeights.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<String, OwnTopic> topics = new HashMap<>();
		neighbourhood.topics().forEach(t -> topics.put(t.topic().key(), t));
		Map<String, OwnPerson> people = new HashMap<>();
		neighbourhood.people().forEach(p -> people.put(p.person().key(), p));
		Map<String, NodeRef> organisations = new HashMap<>();
		neighbourhood.organisations().forEach(o -> organisations.put(o.key(), o));
		Map<String, OwnSponsor> sponsors = new HashMap<>();
		neighbourhood.sponsors().forEach(s -> sponsors.put(s.sponsor().key(), s));
		EpisodeRef episode = neighbourhood.episode();
		double logEpisodes = Math.log(Math.max(2, neighbourhood.episodes()));

		List<Scored> scored = new ArrayList<>();
		for (Candidate candidate : neighbourhood.candidates()) {
			List<Reason> reasons = new ArrayList<>();
			double score = 0;

			// Topics: the share of this episode's topical weight that the candidate shares, damped for a candidate
			// that discussed many more topics than this one (it shares a little with everything).
			List<Reason.SharedTopic> shared = new ArrayList<>();
			double sharedWeight = 0;
			for (String key : candidate.topics()) {
				Double weight = topicWeights.get(key);
				if (weight == null) {
					continue;
				}
				sharedWeight += weight;
				OwnTopic topic = topics.get(key);
				shared.add(new Reason.SharedTopic(topic.topic(),
						round(Math.log((double) neighbourhood.episodes() / topic.episodes()) / logEpisodes)));
			}
			if (topicTotal > 0 && sharedWeight > 0) {
				double damping = Math.sqrt((double) Math.max(1, topics.size())
						/ Math.max(topics.size(), candidate.topicCount()));
				score += weights.topics() * sharedWeight / topicTotal * damping;
				shared.sort(Comparator.comparingDouble(Reason.SharedTopic::rarity).reversed());
				reasons.addAll(shared.subList(0, Math.min(TOPIC_REASONS, shared.size())));
			}

			boolean samePodcast = episode.podcast() != null && candidate.episode().podcast() != null
					&& episode.podcast().key().equals(candidate.episode().podcast().key());
			boolean guest = false;
			for (SharedPerson person : candidate.people()) {
				OwnPerson own = people.get(person.key());
				// Hosts of the same podcast are on every episode: that is what "same podcast" says already.
				if (own == null || (own.role() == Role.HOST && person.role() == Role.HOST && samePodcast)) {
					continue;
				}
				guest = true;
				reasons.add(new Reason.SameGuest(own.person()));
			}
			if (guest) {
				score += weights.guest();
			}

			List<String> sharedOrganisations = candidate.organisations().stream().distinct().toList();
			for (String key : sharedOrganisations) {
				reasons.add(new Reason.SameOrganisation(organisations.get(key)));
			}
			if (!sharedOrganisations.isEmpty()) {
				score += weights.organisation();
			}

			double sponsorSignal = 0;
			for (String key : candidate.sponsors()) {
				OwnSponsor sponsor = sponsors.get(key);
				sponsorSignal = Math.max(sponsorSignal,
						Math.log((double) neighbourhood.episodes() / Math.max(1, sponsor.episodes())) / logEpisodes);
				reasons.add(new Reason.SameSponsor(sponsor.sponsor()));
			}
			score += weights.sponsor() * sponsorSignal;

			Double similarity = candidate.similarity();
			double content = similarity == null ? 0 : strength(similarity, weights.contentFloor());
			if (content > 0) {
				score += weights.content() * content;
				reasons.add(new Reason.SimilarContent(round(similarity)));
			}

			if (samePodcast) {
				Reason.SeasonNeighbour neighbour = neighbour(episode, candidate.episode());
				if (neighbour != null) {
					score += weights.neighbour();
					reasons.add(neighbour);
				}
				score += weights.podcast();
				reasons.add(new Reason.SamePodcast(candidate.episode().podcast()));
			}

			if (score > 0) {
				scored.add(new Scored(candidate, round(score), List.copyOf(reasons)));
			}
		}
		scored.sort(bestFirst());
		return scored;
	}

	/**
	 * Each topic this episode discussed that another one did too, weighed by how rare it is: its inverse document
	 * frequency, less for a candidate topic. A topic on this episode only is left out, as no other can share it.
	 */
	private Map<String, Double> topicWeights(Neighbourhood neighbourhood) {
		Map<String, Double> weights = new HashMap<>();
		for (OwnTopic topic : neighbourhood.topics()) {
			if (topic.episodes() < 2) {
				continue;
			}
			double idf = Math.log((double) neighbourhood.episodes() / topic.episodes());
			if (idf > 0) {
				weights.put(topic.topic().key(), idf * (topic.candidate() ? this.weights.candidateTopic() : 1));
			}
		}
		return weights;
	}

	/** The next or previous episode by number, in the same season. */
	private static Reason.SeasonNeighbour neighbour(EpisodeRef episode, EpisodeRef other) {
		if (episode.season() == null || episode.number() == null || other.number() == null
				|| !Objects.equals(episode.season(), other.season())) {
			return null;
		}
		int gap = other.number() - episode.number();
		return Math.abs(gap) == 1 ? new Reason.SeasonNeighbour(episode.season(), gap > 0) : null;
	}

	/** How far a cosine similarity says something: nothing at or below {@code floor}, growing to 1 at 0.85. */
	static double strength(double cosine, double floor) {
		return cosine <= floor ? 0 : Math.min(1, (cosine - floor) / (0.85 - floor));
	}

	/** Best score first; then the newest; then by key, so that the order is stable. */
	static Comparator<Scored> bestFirst() {
		return Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(s -> s.episode().published(), Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(s -> s.episode().key());
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
