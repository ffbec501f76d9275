package dev.podgraph.ingest;

/**
 * One feed to ingest, already in memory.
 *
 * @param name where it came from (a file, a URL, "request"), for messages
 * @param content its bytes
 * @param contentType its Content-Type (for the charset), or {@code null}
 */
public record FeedSource(String name, byte[] content, String contentType) {
}
