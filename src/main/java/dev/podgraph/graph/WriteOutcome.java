package dev.podgraph.graph;

/**
 * What writing one episode did.
 *
 * @param key the episode's key
 * @param change whether the episode was new, changed or already as written
 */
public record WriteOutcome(String key, Change change) {

	/** The effect of a write on one episode. */
	public enum Change {

		/** The episode was not in the graph before. */
		CREATED,

		/** The episode was there and differed; its fields and relationships now match the written version. */
		UPDATED,

		/** The episode was there exactly as written; nothing was written. */
		UNCHANGED

	}

}
