package dev.podgraph.graph;

import java.util.List;

/**
 * What writing a batch of episodes did, episode by episode.
 *
 * @param episodes one outcome for each distinct episode key, in the order first written
 */
public record BatchOutcome(List<WriteOutcome> episodes) {

	public BatchOutcome {
		episodes = List.copyOf(episodes);
	}

	/** @return how many episodes were new */
	public long created() {
		return count(WriteOutcome.Change.CREATED);
	}

	/** @return how many episodes changed */
	public long updated() {
		return count(WriteOutcome.Change.UPDATED);
	}

	/** @return how many episodes were already as written */
	public long unchanged() {
		return count(WriteOutcome.Change.UNCHANGED);
	}

	private long count(WriteOutcome.Change change) {
		return episodes.stream().filter(e -> e.change() == change).count();
	}

}
