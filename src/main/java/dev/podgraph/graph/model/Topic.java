package dev.podgraph.graph.model;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * Something an episode discussed.
 *
 * @param key the slug of its name
 * @param name its name
 */
@Node("Topic")
public record Topic(@Id String key, String name) {
}
