/**
 * Cross-cutting wiring only: the embedded Neo4j that starts when no {@code spring.neo4j.uri} is configured, how the
 * reads that must answer fastest reach Neo4j (in-process when it is embedded), and the clock.
 */
package dev.podgraph.config;
