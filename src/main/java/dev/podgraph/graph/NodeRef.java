package dev.podgraph.graph;

/**
 * A reference to a node: its key and the name to show (a podcast's or episode's title, a person's name, ...).
 *
 * @param key the node's key
 * @param name its name or title
 */
public record NodeRef(String key, String name) {
}
