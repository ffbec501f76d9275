package dev.podgraph.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * The reads behind related episodes find every episode and organisation they are given by its key, and a topic's
 * episodes through the discussed_topic_lines index in its order: seeks, never a scan of a label or of an index,
 * whatever the planner would think of the catalogue's statistics at the time (EXPLAIN: nothing runs).
 */
@PodgraphTest
class RelatedQueriesPlanTests {

	@Autowired
	TestGraph graph;

	@Test
	void theNeighbourhoodSeeksTheEpisodeAndEachOrganisation() {
		List<String> plan = graph.operators(RelatedQueries.NEIGHBOURHOOD,
				Map.of("key", "a", "perPerson", 5, "perOrganisation", 5, "nearEpisodes", 10));

		// The episode; its guests' organisations as introduced, for the page; and for the candidates by organisation.
		assertThat(plan).filteredOn("NodeUniqueIndexSeek"::equals).hasSize(3);
		assertThat(plan).noneMatch(operator -> operator.contains("Scan"));
	}

	@Test
	void theOverlapsSeekTheEpisodeAndEachCandidate() {
		List<String> plan = graph.operators(RelatedQueries.OVERLAPS, Map.of("key", "a", "candidates", List.of("b", "c")));

		assertThat(plan).filteredOn("NodeUniqueIndexSeek"::equals).hasSize(2);
		assertThat(plan).noneMatch(operator -> operator.contains("Scan"));
	}

	@Test
	void theEpisodesSharingTopicsComeFromAnIndexSeekInItsOrder() {
		List<String> plan = graph.operators(RelatedQueries.BY_TOPICS, Map.of("key", "a", "topics",
				List.of(Map.of("key", "ethics", "rarity", 1.0)), "perTopic", 30, "byTopics", 50));

		// The one Top is the last step's (the candidates sharing the rarest topics first), over the topics' few rows.
		assertThat(plan).contains("DirectedRelationshipIndexSeek")
			.noneMatch(operator -> operator.contains("Scan") || operator.contains("Sort"))
			.filteredOn("Top"::equals)
			.hasSize(1);
	}

}
