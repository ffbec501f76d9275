/**
 * Show-notes pages and RSS feeds turned into extracted episodes and written through the graph module's write path.
 */
package dev.podgraph.ingest;
