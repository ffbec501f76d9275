package dev.podgraph.graph.model;

import java.util.List;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * {@code (Episode)-[:DISCUSSED {evidence}]->(Topic)}.
 *
 * @param id the relationship's element id
 * @param evidence the show-notes lines the topic came from
 * @param topic the topic
 */
@RelationshipProperties
public record Discussion(@RelationshipId String id, List<String> evidence, @TargetNode Topic topic) {

	public Discussion withId(String id) {
		return new Discussion(id, evidence, topic);
	}

}
