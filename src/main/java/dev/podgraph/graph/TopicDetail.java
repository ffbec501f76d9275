package dev.podgraph.graph;

import java.util.List;

/**
 * A topic with the episodes that discussed it.
 *
 * @param key the topic's key
 * @param name its name
 * @param episodeCount how many episodes discussed it
 * @param episodes the newest of those episodes (at most {@value Catalogue#NEIGHBOUR_LIMIT}), with the evidence lines
 */
public record TopicDetail(String key, String name, long episodeCount, List<Discussion> episodes) {

	/**
	 * An episode that discussed the topic.
	 * @param episode the episode
	 * @param evidence the show-notes lines that say so
	 */
	public record Discussion(EpisodeRef episode, List<String> evidence) {
	}

}
