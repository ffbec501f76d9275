package dev.podgraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.neo4j.harness.Neo4j;
import org.springframework.core.ParameterizedTypeReference;

import dev.podgraph.Neo4jTestConfiguration;
import dev.podgraph.StandaloneApplication;

/**
 * With {@code spring.neo4j.uri} set, podgraph uses that server and starts no Neo4j of its own.
 */
class ExternalNeo4jTests {

	@Test
	void usesTheConfiguredServerAndStartsNothingEmbedded() {
		try (Neo4j server = Neo4jTestConfiguration.startInProcessNeo4j()) {
			server.defaultDatabaseService()
				.executeTransactionally("CREATE (:Podcast {key: 'on-the-server', title: 'On the server'})");

			// Nothing else changes: podgraph.embedded.enabled stays at its default, true.
			try (StandaloneApplication app = StandaloneApplication.start("spring.neo4j.uri=" + server.boltURI())) {
				assertThat(app.context().getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
				Map<String, Object> podcasts = app.http()
					.get()
					.uri("/api/podcasts")
					.retrieve()
					.body(new ParameterizedTypeReference<>() {
					});
				assertThat(podcasts).containsEntry("totalItems", 1);
				// Not embedded, so no demo data unless podgraph.demo.enabled=true.
				assertThat(count(server, "MATCH (e:Episode) RETURN count(e) AS n")).isZero();
				// The schema was applied to the external server.
				assertThat(count(server, "SHOW CONSTRAINTS YIELD name WHERE name = 'episode_key' RETURN count(*) AS n"))
					.isOne();
			}
		}
	}

	private static long count(Neo4j server, String cypher) {
		return server.defaultDatabaseService()
			.executeTransactionally(cypher, Map.of(), result -> (Long) result.next().get("n"));
	}

}
