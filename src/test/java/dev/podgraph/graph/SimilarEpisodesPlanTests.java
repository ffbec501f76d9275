package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * The writes of similar-episode lists find each episode they are given by its key: one seek per key, never a scan of
 * a label or of an index, whatever the planner would think of the catalogue's statistics (EXPLAIN: nothing runs).
 */
@PodgraphTest
class SimilarEpisodesPlanTests {

	private static final List<Map<String, Object>> LINKS = List.of(Map.of("other", "b", "score", 0.5, "reasons", "[]"));

	@Autowired
	TestGraph graph;

	@Test
	void markingEpisodesAsWaitingSeeksEachOne() {
		assertSeeks(graph.operators(SimilarEpisodes.VERSIONS, Map.of("keys", List.of("a", "b"))), 1);
	}

	@Test
	void savingAListSeeksTheEpisodeAndEachOneListed() {
		assertSeeks(graph.operators(SimilarEpisodes.SAVE, Map.of("key", "a", "hash", "h", "links", LINKS)), 2);
	}

	@Test
	void offeringAListSeeksTheEpisodeAndEachOneOffered() {
		assertSeeks(graph.operators(SimilarEpisodes.OFFER, Map.of("key", "a", "length", 10, "links", LINKS)), 2);
	}

	/** Writes lock what they find, so their seeks are the locking kind. */
	private static void assertSeeks(List<String> plan, int seeks) {
		assertThat(plan).filteredOn("NodeUniqueIndexSeek(Locking)"::equals).hasSize(seeks);
		assertThat(plan).noneMatch(operator -> operator.contains("Scan"));
	}

}
