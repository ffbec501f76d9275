package dev.podgraph.graph.model;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A podcast. Its episodes point to it with {@code PART_OF}, its hosts with {@code HOSTS} and its producers with
 * {@code PRODUCES}.
 *
 * @param key the slug of its title
 * @param title its title
 * @param url its website or feed
 * @param description what it is about
 */
@Node("Podcast")
public record Podcast(@Id String key, String title, String url, String description) {
}
