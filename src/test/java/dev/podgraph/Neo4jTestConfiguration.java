package dev.podgraph;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * A real Neo4j for tests: a Testcontainers Neo4j where a Docker engine answers, otherwise the in-process Neo4j of the
 * test harness. Both are configured alike, so that every test runs the same way on either.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Neo4jTestConfiguration {

	/** The image of the Neo4j server the application is built against. */
	public static final String NEO4J_IMAGE = "neo4j:2026.08.1";

	/**
	 * Short, so that a test that holds a lock to make a write fail does not wait long. Far above any lock wait of the
	 * other tests.
	 */
	public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	Neo4jContainer neo4jContainer() {
		return new Neo4jContainer(NEO4J_IMAGE).withoutAuthentication()
			.withNeo4jConfig("db.lock.acquisition.timeout", LOCK_TIMEOUT.toSeconds() + "s")
			.withNeo4jConfig("server.memory.pagecache.size", "64m");
	}

	@Bean(destroyMethod = "close")
	@Conditional(DockerAvailable.Not.class)
	Neo4j inProcessNeo4j() {
		return startInProcessNeo4j();
	}

	@Bean
	@Conditional(DockerAvailable.Not.class)
	Neo4jConnectionDetails inProcessNeo4jConnectionDetails(Neo4j inProcessNeo4j) {
		return connectionTo(inProcessNeo4j.boltURI());
	}

	/** Starts the harness's Neo4j, configured like the container above. */
	public static Neo4j startInProcessNeo4j() {
		return Neo4jBuilders.newInProcessBuilder()
			// The harness's HTTP server brings Jersey and Jetty versions that clash with Boot's; Bolt is all we need.
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.lock_acquisition_timeout, LOCK_TIMEOUT)
			.withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
	}

	static Neo4jConnectionDetails connectionTo(URI uri) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
