/**
 * Cross-cutting wiring only: the embedded Neo4j that starts when no {@code spring.neo4j.uri} is configured, and the
 * clock.
 */
package dev.podgraph.config;
