package dev.podgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what the catalogue says about a question, by its words (the full-text indexes, English analysis), by the
 * topics it names (their strongest evidence first), and by its meaning (the vector indexes of topics, episodes and
 * evidence), in one read: a question costs one round trip to Neo4j, whatever the size of the catalogue, as every
 * part of it is bounded.
 */
@Service
public class CatalogueSearch {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

	// Each branch is bounded: the full-text and vector indexes hand out their best hits only, and a topic's DISCUSSED
	// relationships come through the discussed_topic_lines index in its order (most lines first), so each read stops
	// after its limit. Ordering by both indexed properties and leaving out label checks lets the planner use that order
	// instead of sorting; DISCUSSED only ever links an Episode to a Topic. Vector scores are (1 + cosine) / 2.
	private static final String FIND = """
			CALL () {
			  WITH $words AS words WHERE words <> ''
			  CALL db.index.fulltext.queryRelationships('evidence_text', words, {limit: $wordHits})
			  YIELD relationship AS d, score
			  WITH d, score, startNode(d) AS e, endNode(d) AS t
			  RETURN 'WORDS' AS kind, e.key AS episode, t.key AS topic, coalesce(t.candidate, false) AS candidate,
			         d.evidence AS evidence, score
			  UNION ALL
			  WITH $words AS words WHERE words <> ''
			  CALL db.index.fulltext.queryNodes('catalogue_text', words, {limit: $wordHits})
			  YIELD node AS e, score
			  WITH e, score WHERE e:Episode
			  RETURN 'EPISODE_WORDS' AS kind, e.key AS episode, null AS topic, false AS candidate,
			         [text IN [e.title, e.summary] WHERE text IS NOT NULL] AS evidence, score
			  UNION ALL
			  UNWIND $topics AS key
			  CALL (key) {
			    MATCH (e)-[d:DISCUSSED]->(t)
			    WHERE d.topic = key AND d.lines >= 0
			    RETURN e, d, t ORDER BY d.topic DESC, d.lines DESC LIMIT $perTopic
			  }
			  RETURN 'TOPIC' AS kind, e.key AS episode, t.key AS topic, coalesce(t.candidate, false) AS candidate,
			         d.evidence AS evidence, 1.0 AS score
			  UNION ALL
			  WITH $vector AS vector WHERE vector IS NOT NULL
			  CALL db.index.vector.queryNodes('topic_embedding', $nearTopics, vector) YIELD node, score
			  WITH node.key AS key, score
			  CALL (key) {
			    MATCH (e)-[d:DISCUSSED]->(t)
			    WHERE d.topic = key AND d.lines >= 0
			    RETURN e, d, t ORDER BY d.topic DESC, d.lines DESC LIMIT $perNearTopic
			  }
			  RETURN 'NEAR_TOPIC' AS kind, e.key AS episode, t.key AS topic, coalesce(t.candidate, false) AS candidate,
			         d.evidence AS evidence, 2 * score - 1 AS score
			  UNION ALL
			  WITH $vector AS vector WHERE vector IS NOT NULL
			  CALL db.index.vector.queryRelationships('evidence_embedding', $nearLines, vector)
			  YIELD relationship AS d, score
			  WITH d, score, startNode(d) AS e, endNode(d) AS t
			  RETURN 'NEAR_LINE' AS kind, e.key AS episode, t.key AS topic, coalesce(t.candidate, false) AS candidate,
			         d.evidence AS evidence, 2 * score - 1 AS score
			  UNION ALL
			  WITH $vector AS vector WHERE vector IS NOT NULL
			  CALL db.index.vector.queryNodes('episode_embedding', $nearEpisodes, vector) YIELD node AS e, score
			  RETURN 'NEAR_EPISODE' AS kind, e.key AS episode, null AS topic, false AS candidate, [] AS evidence,
			         2 * score - 1 AS score
			  UNION ALL
			  WITH $vector AS vector WHERE vector IS NOT NULL
			  RETURN 'PENDING' AS kind, null AS episode, null AS topic, false AS candidate, [] AS evidence,
			         toFloat(COUNT { (p:Episode:PendingEmbedding) }) AS score
			}
			RETURN kind, episode, topic, candidate, evidence, score
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
	 * @param vector the question's embedding, or {@code null} for no search by meaning
	 * @param nearTopics the most topics near in meaning
	 * @param perNearTopic the most episodes per topic near in meaning
	 * @param nearLines the most evidence near in meaning
	 * @param nearEpisodes the most episodes near in meaning
	 */
	public record Lookup(String words, int wordHits, List<String> topics, int perTopic, float[] vector, int nearTopics,
			int perNearTopic, int nearLines, int nearEpisodes) {
	}

	/**
	 * A {@code DISCUSSED} relationship (or an episode) found.
	 * @param kind how it was found
	 * @param episode the episode's key
	 * @param topic the topic's key, or {@code null} for an episode found as a whole
	 * @param candidate whether the topic is a candidate, outside the vocabulary
	 * @param evidence the show-notes lines (or the title and summary)
	 * @param score Lucene's score for words, cosine similarity (from -1 to 1) for meaning, 1 for a topic asked for
	 */
	public record EvidenceHit(Kind kind, String episode, String topic, boolean candidate, List<String> evidence,
			double score) {
	}

	/**
	 * @param hits what was found
	 * @param pendingEpisodes with a search by meaning, how many episodes still wait for their embeddings; else 0
	 */
	public record Found(List<EvidenceHit> hits, long pendingEpisodes) {
	}

	private final Neo4jClient neo4j;

	CatalogueSearch(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param lookup what to look for
	 * @return everything found, in one read
	 */
	@Transactional(readOnly = true)
	public Found find(Lookup lookup) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("words", luceneQuery(lookup.words()));
		parameters.put("wordHits", lookup.wordHits());
		parameters.put("topics", lookup.topics());
		parameters.put("perTopic", lookup.perTopic());
		parameters.put("vector", lookup.vector());
		parameters.put("nearTopics", Math.max(1, lookup.nearTopics()));
		parameters.put("perNearTopic", lookup.perNearTopic());
		parameters.put("nearLines", Math.max(1, lookup.nearLines()));
		parameters.put("nearEpisodes", Math.max(1, lookup.nearEpisodes()));
		List<EvidenceHit> hits = new ArrayList<>();
		long[] pending = { 0 };
		neo4j.query(FIND).bindAll(parameters).fetch().all().forEach(row -> {
			String kind = (String) row.get("kind");
			double score = ((Number) row.get("score")).doubleValue();
			if (kind.equals("PENDING")) {
				pending[0] = (long) score;
				return;
			}
			@SuppressWarnings("unchecked")
			List<String> evidence = row.get("evidence") == null ? List.of() : (List<String>) row.get("evidence");
			hits.add(new EvidenceHit(Kind.valueOf(kind), (String) row.get("episode"), (String) row.get("topic"),
					Boolean.TRUE.equals(row.get("candidate")), List.copyOf(evidence), score));
		});
		return new Found(List.copyOf(hits), pending[0]);
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
