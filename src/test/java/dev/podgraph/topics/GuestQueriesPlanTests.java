package dev.podgraph.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * The guests' read finds each episode, and each organisation, by its key: one seek per key, never a scan of a label
 * or of an index, whatever the planner would think of the catalogue's statistics at the time (EXPLAIN: nothing runs).
 */
@PodgraphTest
class GuestQueriesPlanTests {

	@Autowired
	TestGraph graph;

	@Test
	void theGuestsOfTheBestEpisodesAreReadFromASeekOfEachEpisode() {
		List<String> plan = graph.operators(GuestQueries.GUESTS,
				Map.of("episodes", List.of("driven-by-data-the-podcast:s4e9", "another")));

		assertThat(plan).containsOnlyOnce("NodeUniqueIndexSeek").noneMatch(operator -> operator.contains("Scan"));
	}

	@Test
	void theEpisodesAndOrganisationsOfTheGuestsAnsweredAreReadFromSeeks() {
		List<String> plan = graph.operators(GuestQueries.DETAILS, Map.of("episodes",
				List.of("driven-by-data-the-podcast:s4e9"), "organisations", List.of("metropolitan-police")));

		assertThat(plan).filteredOn("NodeUniqueIndexSeek"::equals).hasSize(2);
		assertThat(plan).noneMatch(operator -> operator.contains("Scan"));
	}

}
