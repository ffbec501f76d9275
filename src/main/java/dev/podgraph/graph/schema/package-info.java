/**
 * Applies the schema files of {@code cypher/migrations} at start-up. Internal to the graph module.
 */
package dev.podgraph.graph.schema;
