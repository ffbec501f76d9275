package dev.podgraph.graph;

import java.time.LocalDate;

/**
 * An episode as it appears in lists and as the neighbour of other nodes.
 *
 * @param key the episode's key
 * @param title its title
 * @param season the season number, or {@code null}
 * @param number the episode number, or {@code null}
 * @param published the publication date, or {@code null}
 * @param podcast the podcast it belongs to
 */
public record EpisodeRef(String key, String title, Integer season, Integer number, LocalDate published,
		NodeRef podcast) {

	/**
	 * For reads outside this module: the Cypher map expression of an episode as a reference, to map with {@link #of}.
	 * @param variable the episode's variable in the query
	 * @return the expression
	 */
	public static String projection(String variable) {
		return ReadCypher.ref(variable);
	}

	/**
	 * @param value a map made by {@link #projection}
	 * @return the reference
	 */
	public static EpisodeRef of(org.neo4j.driver.Value value) {
		return RowMapping.episodeRef(value);
	}

	/**
	 * @param map a map made by {@link #projection}, as a {@link GraphReads} row holds it
	 * @return the reference
	 */
	public static EpisodeRef of(java.util.Map<String, Object> map) {
		return RowMapping.episodeRef(map);
	}

}
