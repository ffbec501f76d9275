package dev.podgraph.graph;

import java.time.LocalDate;

/**
 * An episode as it appears in lists and as the neighbour of other nodes.
 *
 * @param key the episode's key
 * @param title its title
 * @param season the season number, or {@code null}
 * @param number the episode number, or {@code null}
 * @param published the publication date, or {@code null}
 * @param podcast the podcast it belongs to
 */
public record EpisodeRef(String key, String title, Integer season, Integer number, LocalDate published,
		NodeRef podcast) {
}
