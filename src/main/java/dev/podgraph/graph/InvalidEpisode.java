package dev.podgraph.graph;

/**
 * An extracted episode that cannot be written, for example one without a podcast or a title. Raised before anything
 * reaches the database.
 */
public class InvalidEpisode extends IllegalArgumentException {

	public InvalidEpisode(String message) {
		super(message);
	}

}
