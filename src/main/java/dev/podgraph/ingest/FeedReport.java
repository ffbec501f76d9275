package dev.podgraph.ingest;

import java.util.List;

import dev.podgraph.graph.WriteOutcome.Change;

/**
 * What ingesting one feed did.
 *
 * @param source where the feed came from
 * @param podcast the podcast's key, or {@code null} when nothing was written
 * @param notModified whether the server said the feed had not changed, so nothing was read
 * @param items how many items the feed had
 * @param episodes each episode written, with its outcome
 * @param problems what was repaired, skipped or could not be read, in words
 */
public record FeedReport(String source, String podcast, boolean notModified, int items, List<ImportedEpisode> episodes,
		List<String> problems) {

	public FeedReport {
		episodes = List.copyOf(episodes);
		problems = List.copyOf(problems);
	}

	/** @return how many episodes had this outcome */
	public long count(Change change) {
		return episodes.stream().filter(e -> e.change() == change).count();
	}

}
