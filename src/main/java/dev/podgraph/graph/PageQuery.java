package dev.podgraph.graph;

/**
 * Which page of a list to read.
 *
 * @param page the page number, from 0
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

	/** The largest page a caller may ask for. */
	public static final int MAX_SIZE = 100;

	public PageQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more, not " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
		}
	}

	long skip() {
		return (long) page * size;
	}

}
