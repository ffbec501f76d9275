package dev.podgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import dev.podgraph.graph.GraphReads;

/**
 * Finds what the catalogue says about a question, by its words (the full-text indexes, English analysis), by the
 * topics it names (their strongest evidence first), and by its meaning (the vector indexes of topics, episodes and
 * evidence), side by side; whatever the size of the catalogue, every part of it is bounded.
 */
@Service
public class CatalogueSearch {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

	// Each query is bounded: the full-text and vector indexes hand out their best hits only, and a topic's DISCUSSED
	// relationships come through the discussed_topic_lines index in its order (most lines first), so each read stops
	// after its limit. Ordering by both indexed properties and leaving out label checks lets the planner use that order
	// instead of sorting; DISCUSSED only ever links an Episode to a Topic. The seek is a hint, not left to the planner:
	// planning on a catalogue just built, it sometimes chose to scan the whole index in its order and filter by topic,
	// the same rows three to six times slower at 1k episodes for as long as the plan stayed cached (seen in benchmark
	// runs at 1k; bench/README.md), and far worse on a larger one. Vector scores are (1 + cosine) / 2.
	private static final String WORDS_IN_LINES = """
			CALL db.index.fulltext.queryRelationships('evidence_text', $words, {limit: $wordHits})
			YIELD relationship AS d, score
			WITH d, score, startNode(d) AS e, endNode(d) AS t
			RETURN 'WORDS' AS kind, e.key AS episode, t.key AS topic, t.name AS topicName,
			       coalesce(t.candidate, false) AS candidate, d.evidence AS evidence, score
			""";

	private static final String WORDS_IN_EPISODES = """
			CALL db.index.fulltext.queryNodes('catalogue_text', $words, {limit: $wordHits})
			YIELD node AS e, score
			WITH e, score WHERE e:Episode
			RETURN 'EPISODE_WORDS' AS kind, e.key AS episode, null AS topic, null AS topicName, false AS candidate,
			       [text IN [e.title, e.summary] WHERE text IS NOT NULL] AS evidence, score
			""";

	// A topic's name, and whether it is a candidate, are read once per topic rather than once per row: at 100k
	// episodes, 0.50 against 0.38 ms at p50 for this search, 1.52 against 1.38 for the search by meaning (one run).
	static final String BY_TOPICS = """
			UNWIND $topics AS key
			MATCH (t:Topic {key: key})
			USING INDEX SEEK t:Topic(key)
			WITH key, t.name AS name, coalesce(t.candidate, false) AS candidate
			CALL (key) {
			  MATCH (e)-[d:DISCUSSED]->()
			  USING INDEX SEEK d:DISCUSSED(topic, lines)
			  WHERE d.topic = key AND d.lines >= 0
			  RETURN e, d ORDER BY d.topic DESC, d.lines DESC LIMIT $perTopic
			}
			RETURN 'TOPIC' AS kind, e.key AS episode, key AS topic, name AS topicName, candidate,
			       d.evidence AS evidence, 1.0 AS score
			""";

	// A topic near in meaning that the question also names (11 of the benchmark's 16 questions) is not read twice: its
	// evidence is the first $perNearTopic of what the search by topics read, in the same order (NEAR_NAMED rows say
	// which, with their scores). At 100k episodes, over the benchmark's 16 questions, the search by meaning took 1.48
	// instead of 1.61 ms at p50. The topic is left out by seeking null (nothing), not by a filter: the planner put a
	// filter after the index seek, which then read every one of a named topic's 100,000 relationships; a list to
	// UNWIND lost the index's order.
	static final String NEAR_TOPICS = """
			CALL db.index.vector.queryNodes('topic_embedding', $nearTopics, $vector) YIELD node, score
			WITH node.key AS key, node.name AS name, coalesce(node.candidate, false) AS candidate, score
			WITH key, name, candidate, score, CASE WHEN key IN $named THEN null ELSE key END AS toRead
			OPTIONAL CALL (toRead) {
			  MATCH (e)-[d:DISCUSSED]->()
			  USING INDEX SEEK d:DISCUSSED(topic, lines)
			  WHERE d.topic = toRead AND d.lines >= 0
			  RETURN e, d ORDER BY d.topic DESC, d.lines DESC LIMIT $perNearTopic
			}
			WITH key, name, candidate, score, e, d WHERE d IS NOT NULL OR key IN $named
			RETURN CASE WHEN d IS NULL THEN 'NEAR_NAMED' ELSE 'NEAR_TOPIC' END AS kind, e.key AS episode,
			       key AS topic, name AS topicName, candidate, coalesce(d.evidence, []) AS evidence,
			       2 * score - 1 AS score
			""";

	private static final String NEAR_LINES_AND_EPISODES = """
			CALL db.index.vector.queryRelationships('evidence_embedding', $nearLines, $vector)
			YIELD relationship AS d, score
			WITH d, score, startNode(d) AS e, endNode(d) AS t
			RETURN 'NEAR_LINE' AS kind, e.key AS episode, t.key AS topic, t.name AS topicName,
			       coalesce(t.candidate, false) AS candidate, d.evidence AS evidence, 2 * score - 1 AS score
			UNION ALL
			CALL db.index.vector.queryNodes('episode_embedding', $nearEpisodes, $vector) YIELD node AS e, score
			RETURN 'NEAR_EPISODE' AS kind, e.key AS episode, null AS topic, null AS topicName, false AS candidate,
			       [] AS evidence, 2 * score - 1 AS score
			UNION ALL
			RETURN 'PENDING' AS kind, null AS episode, null AS topic, null AS topicName, false AS candidate,
			       [] AS evidence, toFloat(COUNT { (p:Episode:PendingEmbedding) }) AS score
			""";

	/** How a hit was found. */
	public enum Kind {

		/** Evidence lines that share words with the question. */
		WORDS,
		/** An episode whose title or summary shares words with the question (evidence: the title and summary). */
		EPISODE_WORDS,
		/** Evidence of a topic asked for by its key. */
		TOPIC,
		/** Evidence of a topic near the question in meaning (score: the topic's cosine similarity). */
		NEAR_TOPIC,
		/** Evidence near the question in meaning (score: cosine similarity). */
		NEAR_LINE,
		/** An episode near the question in meaning, as a whole (no evidence; score: cosine similarity). */
		NEAR_EPISODE

	}

	/**
	 * What to look for.
	 * @param words the question's words, or blank for none
	 * @param wordHits the most hits per full-text index
	 * @param topics topics' keys whose evidence to read
	 * @param perTopic the most episodes per topic (those with the most evidence lines)
	 * @param vector the question's embedding, computed once, by the first thread to need it, while the other
	 * searches run; {@code null} for no search by meaning
	 * @param nearTopics the most topics near in meaning
	 * @param perNearTopic the most episodes per topic near in meaning
	 * @param nearLines the most evidence near in meaning
	 * @param nearEpisodes the most episodes near in meaning
	 */
	public record Lookup(String words, int wordHits, List<String> topics, int perTopic, Supplier<float[]> vector,
			int nearTopics, int perNearTopic, int nearLines, int nearEpisodes) {
	}

	/**
	 * A {@code DISCUSSED} relationship (or an episode) found.
	 * @param kind how it was found
	 * @param episode the episode's key
	 * @param topic the topic's key, or {@code null} for an episode found as a whole
	 * @param topicName the topic's name, or {@code null}
	 * @param candidate whether the topic is a candidate, outside the vocabulary
	 * @param evidence the show-notes lines (or the title and summary)
	 * @param score Lucene's score for words, cosine similarity (from -1 to 1) for meaning, 1 for a topic asked for
	 */
	public record EvidenceHit(Kind kind, String episode, String topic, String topicName, boolean candidate, List<String> evidence,
			double score) {
	}

	/**
	 * @param hits what was found
	 * @param pendingEpisodes with a search by meaning, how many episodes still wait for their embeddings; else 0
	 */
	public record Found(List<EvidenceHit> hits, long pendingEpisodes) {
	}

	private final GraphReads reads;

	private final Executor executor;

	/**
	 * @param reads how the catalogue is read
	 * @param executor runs the searches of one question side by side
	 */
	CatalogueSearch(GraphReads reads, @Qualifier(SearchConfiguration.SEARCHES) Executor executor) {
		this.reads = reads;
		this.executor = executor;
	}

	/**
	 * Searches by words (in the lines, then in the episodes' titles and summaries), by the topics named and by meaning
	 * (the topics near the question, then the lines and episodes near it), each in its own read, on two threads: the
	 * caller's takes them from the first one on, a thread of the pool from the last one back (embedding the question
	 * first), until they meet, so that a question takes about half the time of its searches one after another. A pool
	 * too busy to begin in time, or shut down, costs nothing: the caller does what is left.
	 * @param lookup what to look for
	 * @return everything found
	 */
	public Found find(Lookup lookup) {
		return find(lookup, hit -> {
		});
	}

	/**
	 * As {@link #find(Lookup)}, handing each hit to {@code eachHit} on the caller's thread as soon as its search is
	 * done, in the order of {@link Found#hits()}: the caller works on the first search's hits while the others still
	 * run.
	 * @param lookup what to look for
	 * @param eachHit takes each hit, on the caller's thread
	 * @return everything found
	 */
	public Found find(Lookup lookup, Consumer<EvidenceHit> eachHit) {
		String words = luceneQuery(lookup.words());
		// Topics whose evidence the search by topics reads at least as far as the search by meaning would.
		List<String> named = lookup.perNearTopic() <= lookup.perTopic() ? lookup.topics() : List.of();
		List<Once<List<Map<String, Object>>>> searches = new ArrayList<>();
		if (!words.isEmpty()) {
			Map<String, Object> parameters = Map.of("words", words, "wordHits", lookup.wordHits());
			searches.add(new Once<>(() -> reads.read(tx -> tx.rows(WORDS_IN_LINES, parameters))));
			searches.add(new Once<>(() -> reads.read(tx -> tx.rows(WORDS_IN_EPISODES, parameters))));
		}
		if (!lookup.topics().isEmpty()) {
			searches.add(new Once<>(() -> reads
				.read(tx -> tx.rows(BY_TOPICS, Map.of("topics", lookup.topics(), "perTopic", lookup.perTopic())))));
		}
		if (lookup.vector() != null) {
			Once<float[]> vector = new Once<>(lookup.vector());
			searches.add(new Once<>(() -> reads.read(tx -> tx.rows(NEAR_TOPICS,
					Map.of("vector", vector.get(), "nearTopics", Math.max(1, lookup.nearTopics()), "perNearTopic",
							lookup.perNearTopic(), "named", named)))));
			searches.add(new Once<>(() -> reads.read(tx -> tx.rows(NEAR_LINES_AND_EPISODES, Map.of("vector",
					vector.get(), "nearLines", Math.max(1, lookup.nearLines()), "nearEpisodes",
					Math.max(1, lookup.nearEpisodes()))))));
		}
		Hits hits = new Hits(lookup.perNearTopic(), eachHit);
		if (searches.size() > 1) {
			// A thread of the pool takes the searches from the last one back (by meaning, which embeds the question
			// first), the caller's thread from the first one on, until they meet: two threads on two cores, not one
			// per search, which made the embedding wait for a core (see bench/README.md); and whichever thread is
			// free does the next search, so the caller, done with its own, takes a part of the search by meaning.
			try {
				executor.execute(() -> {
					int last = searches.size() - 1;
					while (last >= 0 && searches.get(last).runIfFree()) {
						last--;
					}
				});
			}
			catch (RejectedExecutionException ex) {
				// The pool is shut down (the application is stopping): the caller's thread does every search.
			}
		}
		for (Once<List<Map<String, Object>>> search : searches) {
			hits.add(search.get());
		}
		return new Found(List.copyOf(hits.found), hits.pending);
	}

	/**
	 * Work done once, by whichever thread comes to it first; any other thread that needs it waits for its result,
	 * or its error, which is then thrown as if the work had run on that thread.
	 */
	private static final class Once<T> {

		private final Supplier<T> work;

		private final AtomicBoolean claimed = new AtomicBoolean();

		private final CompletableFuture<T> result = new CompletableFuture<>();

		Once(Supplier<T> work) {
			this.work = work;
		}

		/** @return whether this thread did the work: false when another thread had already taken it */
		boolean runIfFree() {
			if (!claimed.compareAndSet(false, true)) {
				return false;
			}
			try {
				result.complete(work.get());
			}
			catch (RuntimeException | Error ex) {
				result.completeExceptionally(ex);
			}
			return true;
		}

		/** @return the work's result, done on this thread unless another thread had already taken it */
		T get() {
			runIfFree();
			return join(result);
		}

	}

	/** The hits of a question's searches, in the order of their rows, each handed on as it is made. */
	private static final class Hits {

		private final List<EvidenceHit> found = new ArrayList<>();

		private final int perNearTopic;

		private final Consumer<EvidenceHit> eachHit;

		private long pending;

		Hits(int perNearTopic, Consumer<EvidenceHit> eachHit) {
			this.perNearTopic = perNearTopic;
			this.eachHit = eachHit;
		}

		void add(List<Map<String, Object>> rows) {
			for (Map<String, Object> row : rows) {
				String kind = (String) row.get("kind");
				double score = ((Number) row.get("score")).doubleValue();
				if (kind.equals("PENDING")) {
					pending = (long) score;
				}
				else if (kind.equals("NEAR_NAMED")) {
					// Where its own read would have put them: the search by topics' rows came before.
					nearNamed(found, (String) row.get("topic"), score, perNearTopic).forEach(this::add);
				}
				else {
					@SuppressWarnings("unchecked")
					List<String> evidence = row.get("evidence") == null ? List.of()
							: (List<String>) row.get("evidence");
					add(new EvidenceHit(Kind.valueOf(kind), (String) row.get("episode"), (String) row.get("topic"),
							(String) row.get("topicName"), Boolean.TRUE.equals(row.get("candidate")),
							List.copyOf(evidence), score));
				}
			}
		}

		private void add(EvidenceHit hit) {
			found.add(hit);
			eachHit.accept(hit);
		}

	}

	/**
	 * The evidence of a topic near in meaning that the question also names, from what the search by topics read: its
	 * first {@code perNearTopic} hits, in the order read (most lines first), scored as near.
	 */
	private static List<EvidenceHit> nearNamed(List<EvidenceHit> hits, String topic, double score, int perNearTopic) {
		return hits.stream()
			.filter(hit -> hit.kind() == Kind.TOPIC && hit.topic().equals(topic))
			.limit(perNearTopic)
			.map(hit -> new EvidenceHit(Kind.NEAR_TOPIC, hit.episode(), topic, hit.topicName(), hit.candidate(),
					hit.evidence(), score))
			.toList();
	}

	/** @return the search's rows; its error as thrown, as if it had run on the caller's thread */
	private static <T> T join(CompletableFuture<T> search) {
		try {
			return search.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * The words of a question as a Lucene query of optional terms: every character Lucene would read as syntax is
	 * escaped, and its operators (AND, OR, NOT) are plain words.
	 */
	static String luceneQuery(String text) {
		var words = WORD.matcher(text == null ? "" : text);
		StringBuilder query = new StringBuilder();
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT);
			if (!query.isEmpty()) {
				query.append(' ');
			}
			query.append(LUCENE_SPECIAL.matcher(word).replaceAll("\\\\$1"));
		}
		return query.toString();
	}

}
