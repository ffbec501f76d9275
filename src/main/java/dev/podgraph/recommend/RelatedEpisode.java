package dev.podgraph.recommend;

import java.util.List;

import dev.podgraph.graph.EpisodeRef;

/**
 * An episode related to another, or recommended after it.
 *
 * @param episode the episode
 * @param score how related, the weighted sum of what the two share (for recommendations, after freshness)
 * @param reasons what they share, the strongest first
 */
public record RelatedEpisode(EpisodeRef episode, double score, List<Reason> reasons) {
}
