package dev.podgraph.graph;

import java.util.List;

/**
 * A topic, where it stands in the vocabulary, and what the catalogue says about it. The guests, co-occurring topics
 * and years count the episodes that discussed the topic or one of its narrower topics, as asking about a broad topic
 * includes its narrower ones.
 *
 * @param key the topic's key
 * @param name its name
 * @param candidate whether it is a phrase from outside the vocabulary, not yet curated
 * @param synonyms the other wordings the vocabulary gives it
 * @param broader the broader topics
 * @param narrower the narrower topics
 * @param episodeCount how many episodes discussed the topic itself
 * @param topGuests the guests of the most episodes about it, most first (at most {@value Catalogue#TOP_LIMIT})
 * @param coOccurring the other topics those episodes discussed most, most first (at most {@value Catalogue#TOP_LIMIT})
 * @param episodesPerYear how many episodes were about it, by year of publication, oldest first
 * @param episodes the newest episodes that discussed the topic itself (at most {@value Catalogue#NEIGHBOUR_LIMIT}),
 * with the evidence lines
 */
public record TopicDetail(String key, String name, boolean candidate, List<String> synonyms, List<NodeRef> broader,
		List<NodeRef> narrower, long episodeCount, List<Counted> topGuests, List<Counted> coOccurring,
		List<Year> episodesPerYear, List<Discussion> episodes) {

	/**
	 * An episode that discussed the topic.
	 * @param episode the episode
	 * @param evidence the show-notes lines that say so
	 */
	public record Discussion(EpisodeRef episode, List<String> evidence) {
	}

	/**
	 * A person or topic and in how many of the topic's episodes it stands.
	 * @param node the person or topic
	 * @param episodes how many episodes
	 */
	public record Counted(NodeRef node, long episodes) {
	}

	/**
	 * @param year a year of publication
	 * @param episodes how many of the topic's episodes were published in it
	 */
	public record Year(int year, long episodes) {
	}

}
