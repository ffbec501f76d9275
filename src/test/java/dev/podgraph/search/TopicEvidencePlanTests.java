package dev.podgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * The searches by topic read a topic's strongest evidence through the discussed_topic_lines index, in its order: a
 * seek that stops after its limit, never a scan of the index or of every DISCUSSED relationship, nor a sort of all of a
 * topic's relationships, which on a large catalogue would read them all. The plans are Neo4j's for this schema,
 * whatever the graph holds (EXPLAIN: nothing runs).
 */
@PodgraphTest
class TopicEvidencePlanTests {

	@Autowired
	TestGraph graph;

	@Test
	void theSearchByTopicsSeeksTheIndexInItsOrder() {
		List<String> plan = graph.operators(CatalogueSearch.BY_TOPICS,
				Map.of("topics", List.of("ethics", "bias"), "perTopic", 50));

		assertSeeksInTheIndexsOrder(plan);
	}

	@Test
	void theSearchOfTopicsNearInMeaningSeeksTheIndexInItsOrder() {
		List<String> plan = graph.operators(CatalogueSearch.NEAR_TOPICS, Map.of("vector",
				new float[Embedder.DIMENSIONS], "nearTopics", 5, "perNearTopic", 30, "named", List.of("ethics")));

		assertSeeksInTheIndexsOrder(plan);
	}

	/** One seek of discussed_topic_lines per topic, its order kept: no scan, no sort. */
	private static void assertSeeksInTheIndexsOrder(List<String> plan) {
		assertThat(plan).contains("DirectedRelationshipIndexSeek")
			.noneMatch(operator -> operator.contains("Scan") || operator.contains("Sort") || operator.equals("Top"));
	}

}
