package dev.podgraph.graph;

/**
 * How a person took part in an episode; stored as {@code role} on {@code APPEARED_ON}.
 */
public enum Role {

	/** Invited to talk on the episode. */
	GUEST,

	/** Presents the episode; also {@code HOSTS} the podcast. */
	HOST

}
