package dev.podgraph.graph.model;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Podcasts by key. */
public interface PodcastRepository extends Neo4jRepository<Podcast, String> {
}
