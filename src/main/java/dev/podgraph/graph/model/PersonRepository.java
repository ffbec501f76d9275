package dev.podgraph.graph.model;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** People by key. */
public interface PersonRepository extends Neo4jRepository<Person, String> {
}
