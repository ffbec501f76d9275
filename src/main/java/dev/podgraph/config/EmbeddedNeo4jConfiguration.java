package dev.podgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.api.impl.index.lucene.LuceneSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application when no external database is configured, so that podgraph runs with nothing
 * to install. The driver, Spring Data Neo4j and Neo4j tools all reach it over Bolt on the loopback interface.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	@Bean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		requireLoopback(properties.boltAddress());
		if (properties.vectorMergeFactor() < 2) {
			throw new IllegalStateException("podgraph.embedded.vector-merge-factor is " + properties.vectorMergeFactor()
					+ "; it must be at least 2 (segments are merged that many at a time)");
		}
		Path home = properties.dataDir().toAbsolutePath().normalize();
		createDirectories(home);
		return new EmbeddedNeo4j(home, properties.boltPort(), port -> new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			// Bound to loopback only (checked above), like a database on a developer's laptop.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					properties.transactionMemory().toBytes())
			// Neo4j lets 50 segments of a vector index pile up before merging them (HNSW merges are costly); each
			// search by meaning searches every segment, and at 100k episodes that was most of its time.
			.setConfig(LuceneSettings.vector_standard_merge_factor, properties.vectorMergeFactor())
			// A vector index built or rebuilt (the compact-indexes command) is merged into one segment.
			.setConfig(LuceneSettings.vector_post_population_compaction, LuceneSettings.PostPopulationCompaction.FULL)
			// Without this, Bolt's event loop waits ~10 s for quiet before the application can exit.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		URI uri = embeddedNeo4j.bolt();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	private static void requireLoopback(String address) {
		try {
			if (!InetAddress.getByName(address).isLoopbackAddress()) {
				throw new IllegalStateException("podgraph.embedded.bolt-address is " + address
						+ ", which is not a loopback address. The embedded Neo4j runs without authentication and only"
						+ " listens on loopback; to serve a network, run a Neo4j server and set spring.neo4j.uri.");
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("podgraph.embedded.bolt-address " + address + " does not resolve", ex);
		}
	}

	private static void createDirectories(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the Neo4j data folder " + home, ex);
		}
	}

}
