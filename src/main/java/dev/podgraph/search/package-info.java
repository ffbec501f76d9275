/**
 * Full-text and semantic search across the catalogue.
 */
package dev.podgraph.search;
