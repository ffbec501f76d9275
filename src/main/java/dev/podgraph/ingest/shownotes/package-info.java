/**
 * Reads an episode's show-notes page, as text or HTML, into {@link dev.podgraph.ingest.shownotes.ShowNotes}. Plain
 * Java with no Spring or Neo4j, so that it can be tested and fuzzed alone.
 */
package dev.podgraph.ingest.shownotes;
