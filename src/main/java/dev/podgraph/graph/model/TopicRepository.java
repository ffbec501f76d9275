package dev.podgraph.graph.model;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Topics by key. */
public interface TopicRepository extends Neo4jRepository<Topic, String> {
}
