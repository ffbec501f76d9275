package dev.podgraph.graph.model;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * {@code (Person)-[:WORKS_AT {title, lastSeen}]->(Organisation)}.
 *
 * @param id the relationship's element id
 * @param title the title seen on the most recently published episode
 * @param lastSeen the publication date of that episode
 * @param organisation the organisation
 */
@RelationshipProperties
public record Employment(@RelationshipId String id, String title, LocalDate lastSeen,
		@TargetNode Organisation organisation) {

	public Employment withId(String id) {
		return new Employment(id, title, lastSeen, organisation);
	}

}
