package dev.podgraph.ingest.feed;

/**
 * Reading a feed the way a broken one is read, in memory, to compare with reading it as a stream. For benchmarks.
 */
public final class InMemoryFeeds {

	private InMemoryFeeds() {
	}

	/** @return the feed, read in memory whether or not it is well-formed */
	public static OpenFeed open(FeedReader reader, byte[] content) {
		return reader.open(content, null, false);
	}

}
