package dev.podgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds episodes, people, organisations, topics and podcasts by their names, titles, aliases and descriptions (the
 * {@code catalogue_text} full-text index, English analysis), and episodes by the meaning of the words (the
 * {@code episode_embedding} vector index): what a search box answers when it is not asked a question.
 */
@Service
public class NodeSearch {

	// Both parts bounded by their indexes' limits; candidate topics (outside the vocabulary) count less than names.
	private static final String FIND = """
			CALL () {
			  WITH $words AS words WHERE words <> ''
			  CALL db.index.fulltext.queryNodes('catalogue_text', words, {limit: $limit}) YIELD node, score
			  RETURN node, score, 'WORDS' AS how
			  UNION ALL
			  WITH $vector AS vector WHERE vector IS NOT NULL
			  CALL db.index.vector.queryNodes('episode_embedding', $limit, vector) YIELD node, score
			  WITH node, score WHERE score >= $floor
			  RETURN node, score, 'MEANING' AS how
			}
			RETURN CASE WHEN node:Episode THEN 'EPISODE' WHEN node:Person THEN 'PERSON'
			            WHEN node:Organisation THEN 'ORGANISATION' WHEN node:Topic THEN 'TOPIC' ELSE 'PODCAST' END AS kind,
			       node.key AS key, coalesce(node.name, node.title) AS name,
			       CASE WHEN node:Episode THEN [(node)-[:PART_OF]->(p:Podcast) | p.title][0] END AS context,
			       score * CASE WHEN node.candidate THEN 0.5 ELSE 1.0 END AS score, how
			""";

	/** What kind of node was found. */
	public enum Kind {

		EPISODE, PERSON, ORGANISATION, TOPIC, PODCAST

	}

	/**
	 * A node found.
	 * @param kind its kind
	 * @param key its key
	 * @param name its name or title
	 * @param context for an episode, its podcast's title; else {@code null}
	 * @param byMeaning whether it was found by meaning only, not by its words
	 */
	public record Hit(Kind kind, String key, String name, String context, boolean byMeaning) {
	}

	/** The cosine similarity, as the index gives it ((1 + cos) / 2), below which an episode is not near in meaning. */
	static final double MEANING_FLOOR = (1 + 0.45) / 2;

	private final Neo4jClient neo4j;

	private final Embedder embedder;

	NodeSearch(Neo4jClient neo4j, Embedder embedder) {
		this.neo4j = neo4j;
		this.embedder = embedder;
	}

	/**
	 * @param text what was typed
	 * @param limit the most hits of each kind of search
	 * @return the nodes found, those found by their words first, best first; each node once
	 */
	@Transactional(readOnly = true)
	public List<Hit> find(String text, int limit) {
		String words = CatalogueSearch.luceneQuery(text);
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("words", words);
		parameters.put("vector", words.isEmpty() ? null : embedder.embedQuestion(text));
		parameters.put("limit", limit);
		parameters.put("floor", MEANING_FLOOR);
		List<Map<String, Object>> rows = new ArrayList<>(neo4j.query(FIND).bindAll(parameters).fetch().all());
		rows.sort((a, b) -> {
			int how = String.valueOf(b.get("how")).compareTo(String.valueOf(a.get("how")));
			return how != 0 ? how : Double.compare(((Number) b.get("score")).doubleValue(), ((Number) a.get("score")).doubleValue());
		});
		Map<String, Hit> hits = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			String key = (String) row.get("key");
			Kind kind = Kind.valueOf(String.valueOf(row.get("kind")));
			hits.putIfAbsent(kind + ":" + key, new Hit(kind, key, (String) row.get("name"), (String) row.get("context"),
					"MEANING".equals(row.get("how"))));
		}
		return List.copyOf(hits.values());
	}

}
