/**
 * The {@code ingest} command: pages from files, folders and URLs, with progress and a summary.
 */
package dev.podgraph.ingest.cli;
