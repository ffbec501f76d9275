package dev.podgraph.ingest;

/**
 * One page to ingest.
 *
 * @param name where it came from (a file, a URL, "request"), for messages
 * @param content its bytes
 * @param mediaType its Content-Type, or {@code null} to tell text from HTML by the name and the content
 */
public record PageSource(String name, byte[] content, String mediaType) {
}
