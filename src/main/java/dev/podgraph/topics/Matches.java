package dev.podgraph.topics;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.search.CatalogueSearch.EvidenceHit;

/**
 * The evidence found for a question, by episode: each line with its strength (0 to 1), and the topics matched. A line
 * found several times by one way of reading the question (a bullet that is the evidence of three topics) counts once,
 * at its best; found by several ways ({@link Reading}), it counts as independent pieces of evidence would
 * ({@code 1 - (1 - a)(1 - b)...}). An episode scores by its lines, a guest by their episodes.
 */
final class Matches {

	/** The line that stands for an episode matched as a whole (by its embedding), not by one of its lines. */
	static final String WHOLE_EPISODE = "";

	/** How much a line of a feed's keywords ({@link TopicEvidence#KEYWORDS}) counts: chosen by the podcast, not said. */
	static final double KEYWORD_WEIGHT = 0.5;

	/** In how many matched episodes a line must stand to be taken for boilerplate. */
	static final int BOILERPLATE = 3;

	static final double BOILERPLATE_WEIGHT = 0.1;

	/** How much a guest's other episodes add to their best one. */
	static final double OTHER_EPISODES = 0.3;

	/** The ways of reading a question, each an independent source of evidence. */
	enum Reading {

		/** Lines and summaries that share the question's words. */
		WORDS,
		/** Lines of the vocabulary topics the question names, and of their narrower topics. */
		TAXONOMY,
		/** Lines of the topics nearest in meaning. */
		NEAR_TOPICS,
		/** Lines nearest in meaning. */
		NEAR_LINES,
		/** Episodes nearest in meaning, as a whole. */
		NEAR_EPISODES

	}

	/** By episode, by line: the strength each reading found. */
	private final Map<String, Map<String, Map<Reading, Double>>> lines = new LinkedHashMap<>();

	private final Map<String, Map<String, NodeRef>> topics = new LinkedHashMap<>();

	/**
	 * @param hit evidence of an episode's topic
	 * @param strength how much it counts, from 0 to 1, for each of its lines
	 * @param topicMatched whether the hit's topic is one the question is about (not only a line that shares words)
	 */
	void add(Reading reading, EvidenceHit hit, double strength, boolean topicMatched) {
		for (String line : hit.evidence()) {
			addLine(reading, hit.episode(), line, strength);
		}
		if (hit.evidence().isEmpty()) {
			addLine(reading, hit.episode(), WHOLE_EPISODE, strength);
		}
		if (topicMatched) {
			topics.computeIfAbsent(hit.episode(), k -> new LinkedHashMap<>())
				.putIfAbsent(hit.topic(), new NodeRef(hit.topic(), hit.topicName()));
		}
	}

	void addLine(Reading reading, String episode, String line, double strength) {
		if (strength > 0) {
			double weight = line.startsWith(TopicEvidence.KEYWORDS) ? KEYWORD_WEIGHT * strength : strength;
			lines.computeIfAbsent(episode, k -> new LinkedHashMap<>())
				.computeIfAbsent(line, k -> new EnumMap<>(Reading.class))
				.merge(reading, weight, Math::max);
		}
	}

	/** @return each line of the episode with its strength: its readings together */
	private Map<String, Double> strengths(String episode) {
		Map<String, Double> strengths = new LinkedHashMap<>();
		lines.getOrDefault(episode, Map.of()).forEach((line, readings) -> strengths.put(line, combined(readings.values())));
		return strengths;
	}

	/**
	 * @return each episode's score, best first. A line found in several episodes is the podcast's boilerplate
	 * ("X is the live podcast all about JavaScript ..."), which says nothing of what one episode discussed: it counts
	 * for little.
	 */
	Map<String, Double> episodeScores() {
		Map<String, Integer> spread = new HashMap<>();
		lines.values().forEach(l -> l.keySet().forEach(line -> spread.merge(line, 1, Integer::sum)));
		Map<String, Double> scores = new LinkedHashMap<>();
		lines.keySet()
			.stream()
			.map(episode -> Map.entry(episode, focused(strengths(episode).entrySet().stream()
				.map(l -> spread.get(l.getKey()) >= BOILERPLATE && !l.getKey().equals(WHOLE_EPISODE)
						? BOILERPLATE_WEIGHT * l.getValue() : l.getValue())
				.toList())))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(e -> scores.put(e.getKey(), e.getValue()));
		return scores;
	}

	/** @return the episode's lines, strongest first, at most {@code limit} */
	List<String> evidence(String episode, int limit) {
		return strengths(episode)
			.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(WHOLE_EPISODE))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** @return the topics matched in the episode, in the order they were found */
	List<NodeRef> topics(String episode) {
		return List.copyOf(topics.getOrDefault(episode, Map.of()).values());
	}

	/**
	 * An episode's score: its best line, and less and less for each further line (half, a quarter, ...), so that an
	 * episode about the topic beats a long one that touches it many times in passing.
	 */
	static double focused(List<Double> strengths) {
		List<Double> sorted = strengths.stream().sorted(Comparator.reverseOrder()).toList();
		double none = 1;
		double weight = 1;
		for (double strength : sorted) {
			none *= 1 - Math.min(1, Math.max(0, strength)) * weight;
			weight /= 2;
		}
		return 1 - none;
	}

	/**
	 * A guest's score: their best episode, and a little more for each other episode where they talked about it, so
	 * that one episode about the topic beats several that touch it.
	 */
	static double guest(List<Double> episodes) {
		List<Double> sorted = episodes.stream().sorted(Comparator.reverseOrder()).toList();
		if (sorted.isEmpty()) {
			return 0;
		}
		double best = sorted.getFirst();
		return best + (1 - best) * OTHER_EPISODES * combined(sorted.subList(1, sorted.size()));
	}

	/** Independent pieces of evidence: the chance that at least one of them holds. */
	static double combined(Iterable<Double> strengths) {
		double none = 1;
		for (double strength : strengths) {
			none *= 1 - Math.min(1, Math.max(0, strength));
		}
		return 1 - none;
	}

}
