package dev.podgraph.ingest;

/**
 * A page that cannot be ingested; nothing of it was written. The reason says what kind of problem it is, the message
 * what exactly and, where there is one, what to do about it.
 */
public class InvalidPage extends RuntimeException {

	/** What kind of problem a page has. */
	public enum Reason {

		/** No content, or only whitespace. */
		EMPTY,

		/** Bytes that are not text. */
		BINARY,

		/** Larger than {@code podgraph.ingest.max-page-size}. */
		TOO_LARGE,

		/** Not valid in its declared (or the default UTF-8) encoding. */
		ENCODING,

		/** Neither text nor HTML. */
		UNSUPPORTED_TYPE,

		/** Nothing on the page reads as an episode: no title line, number or introduction. */
		NO_EPISODE,

		/** The page names no podcast and none was given. */
		NO_PODCAST,

		/** The page reads as an episode but what it says cannot be written (a name too long, ...). */
		INVALID,

		/** The page could not be fetched. */
		UNREACHABLE

	}

	private final Reason reason;

	public InvalidPage(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public InvalidPage(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
