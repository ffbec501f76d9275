package dev.podgraph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that starts when no {@code spring.neo4j.uri} is set.
 *
 * @param enabled whether to start Neo4j in-process when no {@code spring.neo4j.uri} is configured
 * @param dataDir the folder that holds the database files and Neo4j's own logs; kept across restarts
 * @param boltAddress the loopback address that Bolt listens on (Neo4j Browser, cypher-shell and the application connect there)
 * @param boltPort the Bolt port; 0 picks a free port at start-up
 * @param pageCache memory Neo4j uses to cache the store files, outside the Java heap
 * @param transactionMemory the most memory all running transactions together may use, inside the Java heap
 * @param inProcessReads whether the reads that must answer fastest ("which guests talked about X?") run in-process
 * through Neo4j's own transaction API rather than through the driver and Bolt
 * @param vectorMergeFactor how many segments of a vector index Neo4j lets pile up before it merges them into one
 * (Neo4j's own default is 50): every search by meaning searches each segment, so fewer segments answer faster, at the
 * cost of more merging while embeddings are written
 */
@ConfigurationProperties("podgraph.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("data/neo4j") Path dataDir,
		@DefaultValue("localhost") String boltAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("128MB") DataSize pageCache,
		@DefaultValue("256MB") DataSize transactionMemory,
		@DefaultValue("true") boolean inProcessReads,
		@DefaultValue("10") int vectorMergeFactor) {
}
