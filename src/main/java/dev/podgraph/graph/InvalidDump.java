package dev.podgraph.graph;

/**
 * A file that {@link GraphDump} cannot import: not an export, of a newer format, cut short, or with a line it cannot
 * read. Nothing of it stays in the database.
 */
public class InvalidDump extends RuntimeException {

	public InvalidDump(String message) {
		super(message);
	}

}
