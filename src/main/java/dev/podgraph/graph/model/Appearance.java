package dev.podgraph.graph.model;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

import dev.podgraph.graph.Role;

/**
 * {@code (Person)-[:APPEARED_ON {role, title, organisationKey}]->(Episode)}: the role lives on the relationship, with
 * the title and organisation the person was introduced with on that episode.
 *
 * @param id the relationship's element id
 * @param role guest or host
 * @param title the title as introduced on the episode
 * @param organisationKey the key of the organisation as introduced on the episode
 * @param episode the episode
 */
@RelationshipProperties
public record Appearance(@RelationshipId String id, Role role, String title, String organisationKey,
		@TargetNode Episode episode) {

	public Appearance withId(String id) {
		return new Appearance(id, role, title, organisationKey, episode);
	}

}
