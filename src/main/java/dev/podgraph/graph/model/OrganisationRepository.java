package dev.podgraph.graph.model;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Organisations by key. */
public interface OrganisationRepository extends Neo4jRepository<Organisation, String> {
}
