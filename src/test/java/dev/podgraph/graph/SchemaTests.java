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

		assertThat(versions).containsExactly("0001", "0002", "0003", "0004");
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

}
