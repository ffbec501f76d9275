package dev.podgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where embeddings live in the graph: on topics, episodes and {@code DISCUSSED} relationships, each under a vector
 * index. The write path marks new and changed episodes and new topics {@code :PendingEmbedding}; the background pass
 * reads what is pending here and writes the vectors back. The marks are in the graph, so a pass that stops (a
 * restart) resumes where it was.
 */
@Service
public class EmbeddingStore {

	private static final String PENDING_EPISODES = """
			MATCH (e:Episode:PendingEmbedding)
			WITH e LIMIT $limit
			RETURN e.key AS key, e.contentHash AS hash, e.title AS title, e.summary AS summary,
			       CASE WHEN $evidence
			         THEN [(e)-[d:DISCUSSED]->(t:Topic) WHERE size(coalesce(d.evidence, [])) > 0 | {topic: t.key, evidence: d.evidence}]
			         ELSE [] END AS discussed
			""";

	private static final String PENDING_TOPICS = """
			MATCH (t:Topic:PendingEmbedding)
			WITH t LIMIT $limit
			RETURN t.key AS key, coalesce(t.embeddingText, t.name) AS text
			""";

	private static final String PENDING_COUNT = """
			CALL () { MATCH (e:Episode:PendingEmbedding) RETURN count(e) AS episodes }
			CALL () { MATCH (t:Topic:PendingEmbedding) RETURN count(t) AS topics }
			RETURN episodes, topics
			""";

	// Only if the episode is still the version the vectors were computed from: a changed one stays pending.
	private static final String SAVE_EPISODES = """
			UNWIND $rows AS row
			MATCH (e:Episode:PendingEmbedding {key: row.key})
			WHERE e.contentHash = row.hash
			CALL db.create.setNodeVectorProperty(e, 'embedding', row.embedding)
			REMOVE e:PendingEmbedding
			WITH e, row
			CALL (e, row) {
			  UNWIND row.discussed AS d
			  MATCH (e)-[r:DISCUSSED]->(:Topic {key: d.topic})
			  CALL db.create.setRelationshipVectorProperty(r, 'embedding', d.embedding)
			}
			RETURN count(e) AS saved
			""";

	private static final String SAVE_TOPICS = """
			UNWIND $rows AS row
			MATCH (t:Topic:PendingEmbedding {key: row.key})
			WHERE coalesce(t.embeddingText, t.name) = row.text
			CALL db.create.setNodeVectorProperty(t, 'embedding', row.embedding)
			REMOVE t:PendingEmbedding
			RETURN count(t) AS saved
			""";

	private final Neo4jClient neo4j;

	EmbeddingStore(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * An episode waiting for its embeddings.
	 * @param key the episode's key
	 * @param hash its content hash, to write back only onto the same version
	 * @param text its title and summary
	 * @param evidence the evidence lines of each topic it discussed
	 */
	public record PendingEpisode(String key, String hash, String text, List<PendingEvidence> evidence) {
	}

	/**
	 * @param topic the topic's key
	 * @param text the evidence lines of the episode's {@code DISCUSSED} relationship to it, joined
	 */
	public record PendingEvidence(String topic, String text) {
	}

	/**
	 * @param key the topic's key
	 * @param text its label and synonyms, or its name
	 */
	public record PendingTopic(String key, String text) {
	}

	/**
	 * @param episode the episode it was computed for
	 * @param embedding the episode's vector
	 * @param evidence the vector of each topic's evidence, by topic key
	 */
	public record EpisodeVectors(PendingEpisode episode, float[] embedding, Map<String, float[]> evidence) {
	}

	/**
	 * @param topic the topic it was computed for
	 * @param embedding its vector
	 */
	public record TopicVector(PendingTopic topic, float[] embedding) {
	}

	/**
	 * @param episodes episodes waiting
	 * @param topics topics waiting
	 */
	public record Pending(long episodes, long topics) {

		/** @return whether nothing waits */
		public boolean none() {
			return episodes == 0 && topics == 0;
		}

	}

	/**
	 * @param limit the most episodes
	 * @param withEvidence whether to read the evidence of each topic they discussed too (else it is left empty)
	 * @return up to {@code limit} episodes waiting for embeddings
	 */
	@Transactional(readOnly = true)
	public List<PendingEpisode> pendingEpisodes(int limit, boolean withEvidence) {
		return List.copyOf(neo4j.query(PENDING_EPISODES).bind(limit).to("limit").bind(withEvidence).to("evidence").fetchAs(PendingEpisode.class).mappedBy((types, row) -> {
			List<PendingEvidence> evidence = new ArrayList<>();
			for (var d : row.get("discussed").asList(v -> v)) {
				evidence.add(new PendingEvidence(d.get("topic").asString(),
						String.join(" ", d.get("evidence").asList(v -> v.asString()))));
			}
			String title = row.get("title").asString(null);
			String summary = row.get("summary").asString(null);
			String text = summary == null ? title : title == null ? summary : title + ". " + summary;
			return new PendingEpisode(row.get("key").asString(), row.get("hash").asString(null),
					text == null ? "" : text, evidence);
		}).all());
	}

	/** @return up to {@code limit} topics waiting for embeddings */
	@Transactional(readOnly = true)
	public List<PendingTopic> pendingTopics(int limit) {
		return List.copyOf(neo4j.query(PENDING_TOPICS)
			.bind(limit)
			.to("limit")
			.fetchAs(PendingTopic.class)
			.mappedBy((types, row) -> new PendingTopic(row.get("key").asString(), row.get("text").asString("")))
			.all());
	}

	/** @return how many episodes and topics wait for embeddings */
	@Transactional(readOnly = true)
	public Pending pending() {
		return neo4j.query(PENDING_COUNT)
			.fetchAs(Pending.class)
			.mappedBy((types, row) -> new Pending(row.get("episodes").asLong(), row.get("topics").asLong()))
			.one()
			.orElseThrow();
	}

	/**
	 * Writes episodes' vectors and takes them off the waiting list, unless an episode changed since it was read.
	 * @param vectors the vectors
	 * @return how many episodes were taken off the waiting list
	 */
	@Transactional
	public long saveEpisodes(List<EpisodeVectors> vectors) {
		List<Map<String, Object>> rows = vectors.stream()
			.map(v -> Map.<String, Object>of("key", v.episode().key(), "hash", String.valueOf(v.episode().hash()),
					"embedding", v.embedding(), "discussed",
					v.evidence().entrySet().stream()
						.map(d -> Map.<String, Object>of("topic", d.getKey(), "embedding", d.getValue()))
						.toList()))
			.toList();
		return neo4j.query(SAVE_EPISODES).bind(rows).to("rows").fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * Writes topics' vectors and takes them off the waiting list, unless a topic's text changed since it was read.
	 * @param vectors the vectors
	 * @return how many topics were taken off the waiting list
	 */
	@Transactional
	public long saveTopics(List<TopicVector> vectors) {
		List<Map<String, Object>> rows = vectors.stream()
			.map(v -> Map.<String, Object>of("key", v.topic().key(), "text", v.topic().text(), "embedding", v.embedding()))
			.toList();
		return neo4j.query(SAVE_TOPICS).bind(rows).to("rows").fetchAs(Long.class).one().orElse(0L);
	}

}
