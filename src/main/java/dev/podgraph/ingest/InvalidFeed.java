package dev.podgraph.ingest;

/**
 * A feed that cannot be read at all; the message says why. Nothing of it is written.
 */
public class InvalidFeed extends RuntimeException {

	/** What kind of problem a feed has. */
	public enum Reason {

		/** No content. */
		EMPTY,

		/** Not XML at all. */
		NOT_XML,

		/** A DOCTYPE declaration: entity expansion and external entities are refused, whatever they would do. */
		DOCTYPE,

		/** Larger than the limit. */
		TOO_LARGE,

		/** Reading took longer than the limit. */
		TOO_SLOW,

		/** XML that even a lenient reading cannot make into a feed. */
		UNREADABLE,

		/** A feed, but of news or blog posts: no podcast tags and no audio or video. */
		NOT_PODCAST

	}

	private final Reason reason;

	public InvalidFeed(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public InvalidFeed(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
