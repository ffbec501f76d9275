package dev.podgraph.ingest;

/**
 * A URL podgraph will not fetch, or a fetch that failed; the message says why in words a user can act on.
 */
public class FetchRefused extends RuntimeException {

	public FetchRefused(String message) {
		super(message);
	}

	public FetchRefused(String message, Throwable cause) {
		super(message, cause);
	}

}
