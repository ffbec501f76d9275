package dev.podgraph.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each episode's precomputed list of similar episodes, {@code (:Episode)-[:SIMILAR {score, reasons}]->(:Episode)}:
 * what waits for its list, saving a list with the offers it makes to others' lists, and reading one. The reasons are
 * stored as the module that computes them wrote them (JSON); the graph keeps them, it does not read them.
 */
@Service
public class SimilarEpisodes {

	private static final String PENDING = """
			MATCH (e:Episode:PendingSimilar) WHERE NOT e:PendingEmbedding
			RETURN e.key AS key, e.contentHash AS hash LIMIT $limit
			""";

	// Each episode of a list is found by its key through a hint (here and below), as in the guests' read
	// (GuestQueries): a plan made on a catalogue just built may otherwise scan an index for every key.
	static final String VERSIONS = """
			UNWIND $keys AS key
			MATCH (e:Episode {key: key})
			USING INDEX SEEK e:Episode(key)
			SET e:PendingSimilar
			RETURN e.key AS key, e.contentHash AS hash
			""";

	private static final String PENDING_COUNT = "MATCH (e:Episode:PendingSimilar) RETURN count(e)";

	// The episode's own list replaced, only if it is still the version the list was computed from.
	static final String SAVE = """
			MATCH (e:Episode:PendingSimilar {key: $key}) WHERE e.contentHash = $hash
			REMOVE e:PendingSimilar
			WITH e
			CALL (e) {
			  MATCH (e)-[old:SIMILAR]->()
			  DELETE old
			}
			CALL (e) {
			  UNWIND $links AS link
			  MATCH (c:Episode {key: link.other})
			  USING INDEX SEEK c:Episode(key)
			  CREATE (e)-[:SIMILAR {score: link.score, reasons: link.reasons, at: datetime.transaction()}]->(c)
			}
			RETURN count(e) AS saved
			""";

	// An offer enters another episode's list when the list is short or the offer beats its weakest; the list is then
	// cut back to its length. An entry the other episode computed itself since this one was last written stays (it
	// was scored from that side); episodes still waiting for their own list are left to compute it.
	static final String OFFER = """
			MATCH (e:Episode {key: $key})
			UNWIND $links AS link
			MATCH (c:Episode {key: link.other})
			USING INDEX SEEK c:Episode(key)
			WHERE NOT c:PendingSimilar
			OPTIONAL MATCH (c)-[old:SIMILAR]->(e)
			WITH e, c, link, old WHERE old IS NULL OR old.at < e.writtenAt
			DELETE old
			WITH e, c, link, COLLECT { MATCH (c)-[s:SIMILAR]->() RETURN s.score } AS scores
			WHERE size(scores) < $length OR link.score > reduce(least = 1.0e9, s IN scores | CASE WHEN s < least THEN s ELSE least END)
			CREATE (c)-[:SIMILAR {score: link.score, reasons: link.reasons, at: datetime.transaction()}]->(e)
			WITH DISTINCT c
			CALL (c) {
			  MATCH (c)-[s:SIMILAR]->()
			  WITH s ORDER BY s.score DESC SKIP $length
			  DELETE s
			}
			RETURN count(c) AS offered
			""";

	private static final String READ = """
			MATCH (e:Episode {key: $key})
			RETURN %1$s AS episode, e:PendingSimilar AS pending,
			  COLLECT { MATCH (e)-[s:SIMILAR]->(c:Episode)
			            RETURN {episode: %2$s, score: s.score, reasons: s.reasons} ORDER BY s.score DESC LIMIT $limit }
			    AS similar
			""".formatted(ReadCypher.ref("e"), ReadCypher.ref("c"));

	/**
	 * An episode waiting for its list.
	 * @param key the episode's key
	 * @param hash its content hash, to save the list onto the same version only
	 */
	public record Pending(String key, String hash) {
	}

	/**
	 * One entry of a list.
	 * @param other the similar episode's key
	 * @param score how similar
	 * @param reasons why, as JSON
	 */
	public record Link(String other, double score, String reasons) {
	}

	/**
	 * An episode's list as read.
	 * @param episode the episode
	 * @param computed whether the list is computed for the episode's current version (else it waits, and may be empty
	 * or stale)
	 * @param similar the entries, most similar first
	 */
	public record Stored(EpisodeRef episode, boolean computed, List<StoredLink> similar) {
	}

	/**
	 * @param episode the similar episode
	 * @param score how similar
	 * @param reasons why, as JSON
	 */
	public record StoredLink(EpisodeRef episode, double score, String reasons) {
	}

	private final Neo4jClient neo4j;

	SimilarEpisodes(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param limit the most to return
	 * @return episodes waiting for their list whose embeddings are in
	 */
	@Transactional(readOnly = true)
	public List<Pending> pending(int limit) {
		return List.copyOf(neo4j.query(PENDING).bind(limit).to("limit").fetchAs(Pending.class)
			.mappedBy((types, row) -> new Pending(row.get("key").asString(), row.get("hash").asString(null)))
			.all());
	}

	/**
	 * Marks episodes as waiting for their list, whether they were or not.
	 * @param keys episodes' keys
	 * @return each with its version
	 */
	@Transactional
	public List<Pending> versions(List<String> keys) {
		return List.copyOf(neo4j.query(VERSIONS).bind(keys).to("keys").fetchAs(Pending.class)
			.mappedBy((types, row) -> new Pending(row.get("key").asString(), row.get("hash").asString(null)))
			.all());
	}

	/** @return how many episodes wait for their list */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return neo4j.query(PENDING_COUNT).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * Saves an episode's list and offers it to the lists of the episodes on it, in one transaction.
	 * @param episode the episode and the version its list was computed from
	 * @param links its list
	 * @param offers entries for the other episodes' lists, each naming this episode ({@link Link#other} is the
	 * episode whose list it is offered to)
	 * @param length how long a list may be
	 * @return whether the list was saved (false when the episode changed meanwhile: it waits again)
	 */
	@Transactional
	public boolean save(Pending episode, List<Link> links, List<Link> offers, int length) {
		long saved = neo4j.query(SAVE)
			.bindAll(Map.of("key", episode.key(), "hash", String.valueOf(episode.hash()), "links", rows(links)))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (saved == 0) {
			return false;
		}
		if (!offers.isEmpty()) {
			neo4j.query(OFFER)
				.bindAll(Map.of("key", episode.key(), "links", rows(offers), "length", length))
				.fetchAs(Long.class)
				.one();
		}
		return true;
	}

	/**
	 * @param key an episode's key
	 * @param limit the most entries
	 * @return its list, or empty when there is no such episode
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Stored> read(String key, int limit) {
		return neo4j.query(READ).bind(key).to("key").bind(limit).to("limit").fetchAs(Stored.class)
			.mappedBy((types, row) -> new Stored(RowMapping.episodeRef(row.get("episode")), !row.get("pending").asBoolean(),
					row.get("similar").asList(s -> new StoredLink(RowMapping.episodeRef(s.get("episode")),
							s.get("score").asDouble(), s.get("reasons").asString()))))
			.one();
	}

	private static List<Map<String, Object>> rows(List<Link> links) {
		return links.stream()
			.map(l -> Map.<String, Object>of("other", l.other(), "score", l.score(), "reasons", l.reasons()))
			.toList();
	}

}
