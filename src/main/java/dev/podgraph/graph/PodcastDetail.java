package dev.podgraph.graph;

import java.util.List;

/**
 * A podcast with its neighbours.
 *
 * @param key the podcast's key
 * @param title its title
 * @param url its website or feed, or {@code null}
 * @param description what it is about, or {@code null}
 * @param author its feed's author, or {@code null}
 * @param episodeCount how many of its episodes the graph holds
 * @param hosts people who host it
 * @param producers organisations that produce it
 * @param recentEpisodes its newest episodes (at most {@value Catalogue#NEIGHBOUR_LIMIT})
 */
public record PodcastDetail(String key, String title, String url, String description, String author, long episodeCount,
		List<NodeRef> hosts, List<NodeRef> producers, List<EpisodeRef> recentEpisodes) {
}
