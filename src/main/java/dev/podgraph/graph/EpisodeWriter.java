package dev.podgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.podgraph.graph.WriteOutcome.Change;

/**
 * The one write path into the graph. Every importer (show-notes pages, feeds, demo data) hands its extracted episodes
 * here.
 * <p>
 * A batch is written in one transaction with one {@code UNWIND ... MERGE} statement per kind of node and relationship,
 * so an episode is either whole or absent. Writing an episode again replaces the relationships it owns (appearances,
 * topics, sponsors, mentions) with the new version's and touches no other episode; writing an identical episode is
 * recognised by its content hash and writes nothing.
 */
@Service
public class EpisodeWriter {

	private final Neo4jClient neo4j;

	EpisodeWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Upserts one episode and everything around it.
	 * @param episode the extracted episode
	 * @return whether the episode was created, updated or already as written
	 */
	@Transactional
	public WriteOutcome write(ExtractedEpisode episode) {
		return writeAll(List.of(episode)).episodes().getFirst();
	}

	/**
	 * Upserts a batch of episodes in one transaction. When the batch holds two versions of one episode (same key), the
	 * later one is written.
	 * @param batch the extracted episodes
	 * @return one outcome for each distinct episode key
	 */
	@Transactional
	public BatchOutcome writeAll(Collection<ExtractedEpisode> batch) {
		Map<String, ExtractedEpisode> byKey = new LinkedHashMap<>();
		batch.forEach(e -> byKey.put(e.key(), e));
		Map<String, String> storedHashes = storedHashes(byKey.keySet());

		List<WriteOutcome> outcomes = new ArrayList<>();
		List<ExtractedEpisode> toWrite = new ArrayList<>();
		byKey.forEach((key, episode) -> {
			String stored = storedHashes.get(key);
			Change change = stored == null ? Change.CREATED
					: stored.equals(WriteBatch.contentHash(episode)) ? Change.UNCHANGED : Change.UPDATED;
			outcomes.add(new WriteOutcome(key, change));
			if (change != Change.UNCHANGED) {
				toWrite.add(episode);
			}
		});
		if (!toWrite.isEmpty()) {
			write(new WriteBatch(toWrite), storedHashes.keySet());
		}
		return new BatchOutcome(outcomes);
	}

	private Map<String, String> storedHashes(Set<String> keys) {
		Map<String, String> hashes = new HashMap<>();
		neo4j.query(WriteCypher.CONTENT_HASHES)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> hashes.put((String) row.get("key"), String.valueOf(row.get("hash"))));
		return hashes;
	}

	private void write(WriteBatch batch, Set<String> existingKeys) {
		List<Map<String, Object>> existing = batch.episodes()
			.stream()
			.filter(row -> existingKeys.contains((String) row.get("key")))
			.toList();
		Set<String> orphanPeople = new LinkedHashSet<>();
		Set<String> orphanOrganisations = new LinkedHashSet<>();
		Set<String> orphanTopics = new LinkedHashSet<>();
		if (!existing.isEmpty()) {
			orphanPeople.addAll(prune(WriteCypher.PRUNE_APPEARANCES, existing));
			orphanTopics.addAll(prune(WriteCypher.PRUNE_DISCUSSED, existing));
			orphanOrganisations.addAll(prune(WriteCypher.PRUNE_SPONSORED, existing));
			List<String> mentioned = prune(WriteCypher.PRUNE_MENTIONED, existing);
			orphanPeople.addAll(mentioned);
			orphanOrganisations.addAll(mentioned);
		}

		run(WriteCypher.MERGE_ORGANISATIONS, batch.organisations());
		run(WriteCypher.MERGE_PEOPLE, batch.people());
		run(WriteCypher.MERGE_TOPICS, batch.topics());
		run(WriteCypher.MERGE_PODCASTS, batch.podcasts());
		run(WriteCypher.MERGE_EPISODES, batch.episodes());
		run(WriteCypher.MERGE_PRODUCES, batch.produces());
		run(WriteCypher.MERGE_HOSTS, batch.hosts());
		run(WriteCypher.MERGE_APPEARANCES, batch.appearances());
		run(WriteCypher.MERGE_EMPLOYMENTS, batch.employments());
		run(WriteCypher.MERGE_DISCUSSED, batch.discussed());
		run(WriteCypher.MERGE_SPONSORED, batch.sponsored());
		run(WriteCypher.MERGE_MENTIONED_PEOPLE, batch.mentionedPeople());
		run(WriteCypher.MERGE_MENTIONED_ORGANISATIONS, batch.mentionedOrganisations());

		if (!orphanPeople.isEmpty()) {
			neo4j.query(WriteCypher.DELETE_ORPHAN_PEOPLE)
				.bind(List.copyOf(orphanPeople))
				.to("keys")
				.fetch()
				.all()
				.forEach(row -> orphanOrganisations.addAll(strings(row.get("employers"))));
		}
		deleteOrphans(WriteCypher.DELETE_ORPHAN_ORGANISATIONS, orphanOrganisations);
		deleteOrphans(WriteCypher.DELETE_ORPHAN_TOPICS, orphanTopics);
	}

	private List<String> prune(String cypher, List<Map<String, Object>> rows) {
		return neo4j.query(cypher)
			.bind(rows)
			.to("rows")
			.fetch()
			.one()
			.map(row -> strings(row.get("keys")))
			.orElse(List.of());
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	private void run(String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			neo4j.query(cypher).bind(rows).to("rows").run();
		}
	}

	private void deleteOrphans(String cypher, Set<String> keys) {
		if (!keys.isEmpty()) {
			neo4j.query(cypher).bind(List.copyOf(keys)).to("keys").run();
		}
	}

}
