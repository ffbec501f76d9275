package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

@PodgraphTest
class SchemaTests {

	@Autowired
	TestGraph graph;

	@Autowired
	EpisodeWriter writer;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Podcast", "Episode", "Person", "Organisation", "Topic" })
	void everyKindOfNodeHasAUniqueKey(String label) {
		String create = "CREATE (:" + label + " {key: 'same'})";
		graph.driver().executableQuery(create).execute();

		assertThatThrownBy(() -> graph.driver().executableQuery(create).execute()).isInstanceOf(ClientException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void theMigrationsAreRecordedAsApplied() {
		List<String> versions = graph.driver()
			.executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version ORDER BY m.version")
			.execute()
			.records()
			.stream()
			.map(r -> r.get(0).asString())
			.toList();

		assertThat(versions).containsExactly("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008");
	}

	@Test
	void fullTextSearchOverEvidenceUsesEnglishStemming() {
		writer.write(EpisodeWriterTests.interview());

		List<String> hits = graph.driver()
			.executableQuery("""
					CALL db.index.fulltext.queryRelationships('evidence_text', $q) YIELD relationship
					RETURN endNode(relationship).key""")
			.withParameters(Map.of("q", "ethical"))
			.execute()
			.records()
			.stream()
			.map(r -> r.get(0).asString())
			.toList();

		assertThat(hits).contains("ethics", "bias");
	}

	@Test
	void fullTextSearchFindsOrganisationsByAlias() {
		writer.write(EpisodeWriterTests.interview());

		var key = graph.single("""
				CALL db.index.fulltext.queryNodes('catalogue_text', 'engine room') YIELD node
				RETURN node.key LIMIT 1""", Map.of());

		assertThat(key.asString()).isEqualTo("analytical-engines");
	}

	@Test
	void vectorIndexesFindTheNearestTopicByCosine() {
		graph.driver().executableQuery("""
				UNWIND $topics AS t
				CREATE (n:Topic {key: t.key})
				WITH n, t CALL db.create.setNodeVectorProperty(n, 'embedding', t.vector)""")
			.withParameters(Map.of("topics", List.of(
					Map.of("key", "near", "vector", unit(384, 0, 1)),
					Map.of("key", "far", "vector", unit(384, 1, 2)))))
			.execute();
		graph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();

		var nearest = graph.driver()
			.executableQuery("""
					CALL db.index.vector.queryNodes('topic_embedding', 2, $q) YIELD node, score
					RETURN node.key AS key, score""")
			.withParameters(Map.of("q", unit(384, 0, 1)))
			.execute()
			.records();

		assertThat(nearest).extracting(r -> r.get("key").asString()).containsExactly("near", "far");
		// Neo4j reports cosine similarity as (1 + cos) / 2: 1 for the same direction, 0.5 for orthogonal.
		assertThat(nearest.getFirst().get("score").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(nearest.getLast().get("score").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-4));
	}

	@ParameterizedTest
	@ValueSource(strings = { "topic_embedding", "episode_embedding", "evidence_embedding" })
	void vectorIndexesHoldSentenceEmbeddings(String index) {
		var options = graph.single("SHOW VECTOR INDEXES YIELD name, options WHERE name = $name RETURN options",
				Map.of("name", index)).asMap();

		assertThat(options.toString()).contains("vector.dimensions=384").containsIgnoringCase("vector.similarity_function=cosine");
	}

	/** A vector of the given size with 1 at {@code from} (inclusive) to {@code to} (exclusive), 0 elsewhere. */
	static List<Double> unit(int size, int from, int to) {
		List<Double> vector = new java.util.ArrayList<>();
		for (int i = 0; i < size; i++) {
			vector.add(i >= from && i < to ? 1.0 : 0.0);
		}
		return vector;
	}

}
