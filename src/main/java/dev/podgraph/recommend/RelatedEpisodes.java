package dev.podgraph.recommend;

import java.util.List;

import dev.podgraph.graph.EpisodeRef;

/**
 * The episodes related to one, or recommended on its page.
 *
 * @param of the episode
 * @param episodes the related or recommended episodes, in the order to show them
 */
public record RelatedEpisodes(EpisodeRef of, List<RelatedEpisode> episodes) {
}
