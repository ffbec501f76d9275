package dev.podgraph.graph.model;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Episodes by key. */
public interface EpisodeRepository extends Neo4jRepository<Episode, String> {
}
