package dev.podgraph.graph.model;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A guest, a host or a mentioned person.
 *
 * @param key the slug of their name
 * @param name their name
 * @param appearances the episodes they {@code APPEARED_ON}, with their role
 * @param worksAt where they work
 * @param hosts the podcasts they host
 */
@Node("Person")
public record Person(@Id String key, String name, @Relationship("APPEARED_ON") List<Appearance> appearances,
		@Relationship("WORKS_AT") List<Employment> worksAt, @Relationship("HOSTS") List<Podcast> hosts) {
}
