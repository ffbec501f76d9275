package dev.podgraph.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the topic vocabulary in the graph: a {@code Topic} node for each vocabulary topic, marked
 * {@code vocabulary: true}, with its synonyms, and {@code (narrower)-[:BROADER]->(broader)} between them. Topics that
 * episodes discussed before they joined the vocabulary are the same nodes (one key), and stop being candidates.
 */
@Service
public class TopicVocabulary {

	private static final String MERGE_TOPICS = """
			UNWIND $rows AS row
			MERGE (t:Topic {key: row.key})
			ON CREATE SET t:PendingEmbedding
			WITH t, row, t.embeddingText IS NULL OR t.embeddingText <> row.embeddingText AS changed
			SET t.name = row.label, t.synonyms = row.synonyms, t.vocabulary = true, t.candidate = false,
			    t.embeddingText = row.embeddingText
			FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET t:PendingEmbedding)
			""";

	private static final String REPLACE_BROADER = """
			UNWIND $rows AS row
			MATCH (t:Topic {key: row.key})
			OPTIONAL MATCH (t)-[old:BROADER]->(b:Topic)
			WHERE NOT b.key IN row.broader
			DELETE old
			WITH DISTINCT t, row
			UNWIND row.broader AS broaderKey
			MATCH (b:Topic {key: broaderKey})
			MERGE (t)-[:BROADER]->(b)
			""";

	// A topic that left the vocabulary is a candidate again if episodes still discuss it, and goes if none do.
	private static final String RETIRE = """
			MATCH (t:Topic {vocabulary: true})
			WHERE NOT t.key IN $keys
			SET t.vocabulary = false, t.candidate = true
			WITH t
			OPTIONAL MATCH (t)-[b:BROADER]-()
			DELETE b
			WITH DISTINCT t
			WHERE NOT (t)<-[:DISCUSSED]-()
			DETACH DELETE t
			""";

	private final Neo4jClient neo4j;

	TopicVocabulary(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Makes the graph's vocabulary this one, in one transaction.
	 * @param topics every vocabulary topic
	 */
	@Transactional
	public void sync(List<VocabularyTopic> topics) {
		List<Map<String, Object>> rows = topics.stream()
			.map(t -> Map.<String, Object>of("key", t.key(), "label", t.label(), "synonyms", t.synonyms(), "broader",
					t.broader(), "embeddingText", t.embeddingText()))
			.toList();
		neo4j.query(MERGE_TOPICS).bind(rows).to("rows").run();
		neo4j.query(REPLACE_BROADER).bind(rows).to("rows").run();
		neo4j.query(RETIRE).bind(topics.stream().map(VocabularyTopic::key).toList()).to("keys").run();
	}

}
