/**
 * Reads podcast RSS feeds (with the iTunes and Podcasting 2.0 namespaces) into {@link dev.podgraph.ingest.feed.Feed}:
 * ROME where the feed is well-formed, a lenient repair where it is not, and refusal where it is hostile. Plain Java.
 */
package dev.podgraph.ingest.feed;
