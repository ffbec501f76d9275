package dev.podgraph.graph;

/**
 * What podgraph remembers of a feed between reads, kept on its podcast: where it is, and the validators and content
 * hash of the last read, so that an unchanged feed is neither downloaded nor written again.
 *
 * @param url the feed's URL
 * @param podcastKey the podcast it feeds
 * @param etag the {@code ETag} of the last response, or {@code null}
 * @param lastModified the {@code Last-Modified} of the last response, or {@code null}
 * @param contentHash a hash of the last body read, or {@code null}
 */
public record FeedState(String url, String podcastKey, String etag, String lastModified, String contentHash) {
}
