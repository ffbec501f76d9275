/**
 * podgraph: podcast pages and feeds turned into a Neo4j knowledge graph, served as JSON and HTML.
 * Each direct sub-package is a module (Spring Modulith); see {@code ModularityTests}.
 */
package dev.podgraph;
