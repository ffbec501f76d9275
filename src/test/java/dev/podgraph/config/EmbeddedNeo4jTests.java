package dev.podgraph.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neo4j.configuration.Config;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.api.impl.index.lucene.LuceneSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.ParameterizedTypeReference;

import dev.podgraph.StandaloneApplication;

/**
 * The run command's default: Neo4j in-process, with its data on disk across restarts and Bolt open to Neo4j tools.
 */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDir;

	StandaloneApplication start() {
		return StandaloneApplication.start("podgraph.embedded.data-dir=" + dataDir, "podgraph.embedded.bolt-port=0");
	}

	@Test
	void startsNeo4jInProcessWithTheDemoAndKeepsTheGraphAcrossARestart() {
		long started = System.nanoTime();
		long demoEpisodes;
		try (StandaloneApplication app = start()) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
			assertThat(app.context().getBeansOfType(EmbeddedNeo4j.class)).hasSize(1);
			// Vector indexes kept in few segments, so that a search by meaning searches few HNSW graphs.
			assertThat(neo4jConfig(app).get(LuceneSettings.vector_standard_merge_factor)).isEqualTo(10);
			// The demo: the seed page and the demo feeds' episodes.
			demoEpisodes = episodeCount(app);
			assertThat(demoEpisodes).isGreaterThan(100);

			// Neo4j tools reach the embedded database over Bolt, like this separate driver.
			var uri = app.context().getBean(Neo4jConnectionDetails.class).getUri();
			assertThat(uri.getScheme()).isEqualTo("bolt");
			try (Driver tool = GraphDatabase.driver(uri, AuthTokens.none())) {
				tool.executableQuery("CREATE (:Podcast {key: 'written-by-a-tool', title: 'Written by a tool'})")
					.execute();
			}
		}

		try (StandaloneApplication app = start()) {
			// The demo is not loaded twice, and what was written before the restart is still there.
			assertThat(episodeCount(app)).isEqualTo(demoEpisodes);
			Map<String, Object> podcast = app.http()
				.get()
				.uri("/api/podcasts/written-by-a-tool")
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			assertThat(podcast).containsEntry("title", "Written by a tool");
			assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
		}
	}

	@Test
	void refusesToListenBeyondLoopback() {
		assertThatThrownBy(() -> StandaloneApplication.start("podgraph.embedded.data-dir=" + dataDir,
				"podgraph.embedded.bolt-port=0", "podgraph.embedded.bolt-address=0.0.0.0"))
			.hasStackTraceContaining("not a loopback address");
	}

	@Test
	void refusesAVectorMergeFactorBelowTwo() {
		assertThatThrownBy(() -> StandaloneApplication.start("podgraph.embedded.data-dir=" + dataDir,
				"podgraph.embedded.bolt-port=0", "podgraph.embedded.vector-merge-factor=1"))
			.hasStackTraceContaining("podgraph.embedded.vector-merge-factor is 1; it must be at least 2");
	}

	private static Config neo4jConfig(StandaloneApplication app) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) app.context().getBean(EmbeddedNeo4j.class).database().orElseThrow();
		return database.getDependencyResolver().resolveDependency(Config.class);
	}

	private static long episodeCount(StandaloneApplication app) {
		Map<String, Object> page = app.http()
			.get()
			.uri("/api/episodes")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return ((Number) page.get("totalItems")).longValue();
	}

}
