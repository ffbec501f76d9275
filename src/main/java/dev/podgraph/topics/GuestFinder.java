package dev.podgraph.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import dev.podgraph.graph.NodeRef;
import dev.podgraph.search.CatalogueSearch;
import dev.podgraph.search.CatalogueSearch.EvidenceHit;
import dev.podgraph.search.CatalogueSearch.Found;
import dev.podgraph.search.CatalogueSearch.Lookup;
import dev.podgraph.search.Embedder;
import dev.podgraph.topics.GuestAnswer.Guest;
import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.Matches.Reading;
import dev.podgraph.topics.TopicExtractor.Sentence;
import dev.podgraph.topics.TopicExtractor.TopicMatch;

/**
 * Answers "which guests talked about X?", X in any words or a topic's key. Each way of reading the question gives
 * lines of evidence with a strength from 0 to 1 ({@link Matches}); an episode scores by all its lines together, a
 * guest by all their episodes together, so that more and closer evidence ranks higher.
 */
@Service
public class GuestFinder {

	/** How much a line of a topic the question names counts. */
	static final double TOPIC = 0.6;

	/** How much a narrower topic counts, per level below the topic asked about. */
	static final double NARROWER = 0.85;

	/** How much a candidate topic (outside the vocabulary) counts against a vocabulary topic. */
	static final double CANDIDATE = 0.5;

	/** How much a line that has all the question's words counts. */
	static final double WORDS = 0.8;

	/** Meaning: cosine similarities below these floors say nothing for this model (all-MiniLM-L6-v2). */
	static final double TOPIC_FLOOR = 0.5;

	static final double EVIDENCE_FLOOR = 0.4;

	static final double EPISODE_FLOOR = 0.45;

	/** Meaning: how much the evidence of a topic near in meaning, a line near in meaning, an episode near counts. */
	static final double NEAR_TOPIC_WEIGHT = 0.5;

	static final double NEAR_LINE_WEIGHT = 0.6;

	static final double NEAR_EPISODE_WEIGHT = 0.5;

	static final int NEAR_TOPICS = 5;

	/**
	 * How far each search of a question reads: the most rows of each, which bounds a question on any catalogue size.
	 * @param wordHits the most lines, and the most episodes, that the full-text indexes hand out
	 * @param perTopic the most episodes read per topic named, strongest evidence first
	 * @param perNearTopic the most episodes read per topic near in meaning
	 * @param nearLines the most evidence lines near in meaning
	 * @param nearEpisodes the most episodes near in meaning
	 * @param episodesPerGuest how many of the best episodes are looked up at a time for their guests, per guest asked
	 * for (and for 10 guests when fewer are asked for, so that the first guests do not depend on how many are asked
	 * for); the next as many only when those have too few guests
	 */
	record Depth(int wordHits, int perTopic, int perNearTopic, int nearLines, int nearEpisodes, int episodesPerGuest) {

		/**
		 * The searches half as deep as before (50/50/30/30/10): at 100k episodes a question by meaning took 0.5-0.8 ms
		 * less at p50 in each of nine runs taking turns with the old depth (8-16%), with the evaluation set's scores the
		 * same within one question of 50, on the fixtures alone and among 1k and 10k synthetic episodes; shallower still
		 * (15/15/10/10/5) lost three first guests of 50 among 10k. The guests of 30 episodes at a time, not 50: 0.2-0.4
		 * ms less at p50 by meaning in each of six runs, the evaluation set's scores the same (bench/README.md).
		 */
		static final Depth DEFAULT = new Depth(25, 25, 15, 15, 10, 3);

		Depth {
			if (wordHits < 1 || perTopic < 1 || perNearTopic < 1 || nearLines < 1 || nearEpisodes < 1
					|| episodesPerGuest < 1) {
				throw new IllegalArgumentException("each search reads at least one row, not " + List.of(wordHits, perTopic,
						perNearTopic, nearLines, nearEpisodes, episodesPerGuest));
			}
		}

		/**
		 * @param limit the most guests asked for
		 * @return how many of the best episodes to look up at a time for their guests
		 */
		int guestEpisodes(int limit) {
			return Math.max(10, limit) * episodesPerGuest;
		}

		/**
		 * @param words the question's words
		 * @param topics the topics it names
		 * @param vector its embedding, or {@code null} for no search by meaning
		 * @return what to look for, each search as deep as this says
		 */
		Lookup lookup(String words, List<String> topics, Supplier<float[]> vector) {
			return new Lookup(words, wordHits, topics, perTopic, vector, NEAR_TOPICS, perNearTopic, nearLines,
					nearEpisodes);
		}

	}

	private final TopicExtractor extractor;

	private final Taxonomy taxonomy;

	private final CatalogueSearch search;

	private final Embedder embedder;

	private final GuestQueries queries;

	private final Depth depth;

	@Autowired
	GuestFinder(TopicExtractor extractor, Taxonomy taxonomy, CatalogueSearch search, Embedder embedder,
			GuestQueries queries) {
		this(extractor, taxonomy, search, embedder, queries, Depth.DEFAULT);
	}

	/** As the application's, each search reading as far as {@code depth} says (the benchmark compares depths). */
	GuestFinder(TopicExtractor extractor, Taxonomy taxonomy, CatalogueSearch search, Embedder embedder,
			GuestQueries queries, Depth depth) {
		this.depth = depth;
		this.extractor = extractor;
		this.taxonomy = taxonomy;
		this.search = search;
		this.embedder = embedder;
		this.queries = queries;
	}

	/**
	 * @param question a topic's key or any words ("ethics", "AI ethics", "bias in models", "responsible AI")
	 * @param method how to read it
	 * @param limit the most guests
	 * @return the guests, best first
	 */
	public GuestAnswer find(String question, Method method, int limit) {
		// Control characters (a NUL from a URL's %00) are no words; a question of nothing else finds no one.
		String text = question.replaceAll("\\p{Cc}+", " ").strip();
		if (text.isEmpty()) {
			return new GuestAnswer(question, method, List.of(), List.of(), 0);
		}
		Map<String, Double> topics = method == Method.WORDS ? Map.of() : vocabularyTopics(text);
		String words = wordsOf(text);
		Set<String> wanted = new HashSet<>(extractor.stems(words));
		// Each search's hits are weighed while the slower searches still run (the search by words is done first, on
		// this thread, while the question is embedded).
		Matches matches = new Matches();
		Found found = search.find(depth.lookup(words, List.copyOf(topics.keySet()),
				method == Method.MEANING ? () -> embedder.embedQuestion(text) : null),
				hit -> match(hit, topics, wanted, matches));
		List<Guest> guests = queries.guests(matches.episodeScores(), depth.guestEpisodes(limit), matches, limit);
		List<NodeRef> topicRefs = topics.keySet()
			.stream()
			.map(key -> new NodeRef(key, taxonomy.topic(key).map(Taxonomy.Concept::label).orElse(key)))
			.toList();
		return new GuestAnswer(question, method, topicRefs, guests, found.pendingEpisodes());
	}

	/** A hit read as evidence of its episode, with the strength its way of reading the question gives it. */
	private void match(EvidenceHit hit, Map<String, Double> topics, Set<String> wanted, Matches matches) {
		switch (hit.kind()) {
			case WORDS -> addWords(hit, wanted, matches);
			case EPISODE_WORDS -> addBestSentence(hit, wanted, matches);
			case TOPIC -> matches.add(Reading.TAXONOMY, hit, topics.getOrDefault(hit.topic(), 0.0), true);
			case NEAR_TOPIC -> matches.add(Reading.NEAR_TOPICS, hit,
					NEAR_TOPIC_WEIGHT * strength(hit.score(), TOPIC_FLOOR) * (hit.candidate() ? CANDIDATE : 1), true);
			case NEAR_LINE -> matches.add(Reading.NEAR_LINES, hit,
					NEAR_LINE_WEIGHT * strength(hit.score(), EVIDENCE_FLOOR), false);
			case NEAR_EPISODE -> matches.addLine(Reading.NEAR_EPISODES, hit.episode(), Matches.WHOLE_EPISODE,
					NEAR_EPISODE_WEIGHT * strength(hit.score(), EPISODE_FLOOR));
		}
	}

	/**
	 * The vocabulary topics a question names, each with how much one of its lines counts: {@link #TOPIC} for a topic
	 * named (by its key, label or a synonym), less for each level below one named.
	 */
	Map<String, Double> vocabularyTopics(String question) {
		Map<String, Double> weights = new LinkedHashMap<>();
		List<String> named = new ArrayList<>();
		if (taxonomy.topic(question).isPresent()) {
			named.add(question);
		}
		else {
			extractor.topicsOf(question).stream().filter(m -> !m.candidate()).map(TopicMatch::key).forEach(named::add);
		}
		for (String key : named) {
			weights.put(key, TOPIC);
		}
		for (String key : named) {
			taxonomy.narrower(key)
				.forEach((narrower, depth) -> weights.merge(narrower, TOPIC * Math.pow(NARROWER, depth), Math::max));
		}
		return weights;
	}

	/**
	 * Lines that share words with the question: each counts by the square of the share of the question's words it
	 * has (after English analysis), so that a line with all of "time zones" beats two that only say "time".
	 */
	private void addWords(EvidenceHit hit, Set<String> wanted, Matches matches) {
		for (String line : hit.evidence()) {
			matches.addLine(Reading.WORDS, hit.episode(), line, WORDS * coverage(line, wanted));
		}
	}

	/** Titles and summaries say more than the lines that named a topic: their best sentence counts too. */
	private void addBestSentence(EvidenceHit hit, Set<String> wanted, Matches matches) {
		String best = null;
		double most = 0;
		for (String text : hit.evidence()) {
			for (Sentence sentence : extractor.sentences(text)) {
				double share = coverage(sentence.stems(), wanted);
				if (share > most) {
					most = share;
					best = sentence.text().strip();
				}
			}
		}
		if (best != null) {
			matches.addLine(Reading.WORDS, hit.episode(), best, WORDS * most);
		}
	}

	private double coverage(String line, Set<String> wanted) {
		return coverage(extractor.stems(line), wanted);
	}

	private static double coverage(List<String> stems, Set<String> wanted) {
		Set<String> found = new HashSet<>(stems);
		found.retainAll(wanted);
		double share = (double) found.size() / wanted.size();
		return share * share;
	}

	/** A topic key asked as such reads as its label's words too. */
	private String wordsOf(String question) {
		return taxonomy.topic(question).map(Taxonomy.Concept::label).orElse(question);
	}

	/**
	 * How far a cosine similarity says something for this model: nothing at or below {@code floor}, growing to 1 at
	 * 0.85 and above.
	 */
	static double strength(double cosine, double floor) {
		return cosine <= floor ? 0 : Math.min(1, (cosine - floor) / (0.85 - floor));
	}

}
