/**
 * The knowledge graph: the node and relationship model, the schema, every read and the one write path.
 * Public face: {@link dev.podgraph.graph.EpisodeWriter}, {@link dev.podgraph.graph.Catalogue} and the records they take and return.
 */
package dev.podgraph.graph;
