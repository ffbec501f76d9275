/**
 * The graph model as Spring Data Neo4j entities: the labels, keys, relationship types and directions that
 * {@code EpisodeWriter} writes. Internal to the graph module; the writer and the catalogue use Cypher directly, and
 * these entities give the model one typed description, checked against written data by {@code GraphModelTests}.
 */
package dev.podgraph.graph.model;
