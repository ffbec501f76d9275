package dev.podgraph.graph.model;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An organisation: an employer, a sponsor ({@code SPONSORED} an episode) or a producer ({@code PRODUCES} a podcast).
 *
 * @param key the slug of its name
 * @param name its name
 * @param aliases other names it is known by
 * @param produces the podcasts it produces
 */
@Node("Organisation")
public record Organisation(@Id String key, String name, List<String> aliases,
		@Relationship("PRODUCES") List<Podcast> produces) {
}
