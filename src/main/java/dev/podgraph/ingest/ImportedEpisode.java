package dev.podgraph.ingest;

import java.util.List;

import dev.podgraph.graph.WriteOutcome;

/**
 * One ingested page or feed item: the episode it became and what was found in it.
 *
 * @param source where the page or feed came from
 * @param episode the episode's key
 * @param change whether the episode was created, updated or already as written
 * @param podcast the podcast's title
 * @param title the episode's title
 * @param hosts the hosts' names
 * @param guests the guests' names
 * @param sponsors the sponsors' names
 * @param organisations every organisation of the episode: producers, employers, sponsors, mentioned
 * @param topics the topics discussed
 * @param mentions the people and organisations mentioned
 */
public record ImportedEpisode(String source, String episode, WriteOutcome.Change change, String podcast, String title,
		List<String> hosts, List<String> guests, List<String> sponsors, List<String> organisations, List<String> topics,
		List<String> mentions) {
}
