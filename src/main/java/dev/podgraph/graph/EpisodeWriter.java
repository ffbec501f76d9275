package dev.podgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.podgraph.graph.WriteOutcome.Change;

/**
 * The one write path into the graph. Every importer (show-notes pages, feeds, demo data) hands its extracted episodes
 * here.
 * <p>
 * A batch is written in one transaction with one {@code UNWIND ... MERGE} statement per kind of node and relationship,
 * so an episode is either whole or absent. Writing an episode again replaces the relationships it owns (appearances,
 * topics, sponsors, mentions) with the new version's and touches no other episode; writing an identical episode is
 * recognised by its content hash and writes nothing.
 * <p>
 * Writers may race (two ingests of the same feed): unique constraints make {@code MERGE} create each node once, and a
 * transaction that Neo4j refuses for a transient reason (a deadlock between two batches merging the same people) is
 * run again from its start ({@link TransientErrors}). A batch written as part of a caller's transaction is left to
 * that caller to retry.
 */
@Service
public class EpisodeWriter {

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	EpisodeWriter(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Upserts one episode and everything around it.
	 * @param episode the extracted episode
	 * @return whether the episode was created, updated or already as written
	 */
	public WriteOutcome write(ExtractedEpisode episode) {
		return writeAll(List.of(episode)).episodes().getFirst();
	}

	/**
	 * Upserts a batch of episodes in one transaction. When the batch holds two versions of one episode (same key), the
	 * later one is written.
	 * @param batch the extracted episodes
	 * @return one outcome for each distinct episode key
	 */
	public BatchOutcome writeAll(Collection<ExtractedEpisode> batch) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return writeInTransaction(batch);
		}
		return TransientErrors.retry(() -> transactions.execute(status -> writeInTransaction(batch)));
	}

	private BatchOutcome writeInTransaction(Collection<ExtractedEpisode> batch) {
		Map<String, ExtractedEpisode> byKey = new LinkedHashMap<>();
		batch.forEach(e -> byKey.put(e.key(), e));
		Map<String, String> storedHashes = storedHashes(byKey.keySet());

		Map<ExtractedEpisode, String> toWrite = new LinkedHashMap<>();
		byKey.forEach((key, episode) -> {
			String hash = WriteBatch.contentHash(episode);
			if (!hash.equals(storedHashes.get(key))) {
				toWrite.put(episode, hash);
			}
		});
		Set<String> created = toWrite.isEmpty() ? Set.of() : write(new WriteBatch(toWrite));

		List<WriteOutcome> outcomes = new ArrayList<>();
		Set<String> written = new HashSet<>();
		toWrite.keySet().forEach(e -> written.add(e.key()));
		byKey.keySet()
			.forEach(key -> outcomes.add(new WriteOutcome(key, !written.contains(key) ? Change.UNCHANGED
					: created.contains(key) ? Change.CREATED : Change.UPDATED)));
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

	/** Writes the batch and returns the keys of the episodes this transaction created. */
	private Set<String> write(WriteBatch batch) {
		run(WriteCypher.MERGE_ORGANISATIONS, batch.organisations());
		run(WriteCypher.MERGE_PEOPLE, batch.people());
		run(WriteCypher.MERGE_TOPICS, batch.topics());
		run(WriteCypher.MERGE_PODCASTS, batch.podcasts());
		Set<String> created = new HashSet<>();
		neo4j.query(WriteCypher.MERGE_EPISODES)
			.bind(batch.episodes())
			.to("rows")
			.bind(UUID.randomUUID().toString())
			.to("write")
			.fetch()
			.all()
			.stream()
			.filter(row -> Boolean.TRUE.equals(row.get("created")))
			.forEach(row -> created.add((String) row.get("key")));

		List<String> existingKeys = batch.episodes()
			.stream()
			.map(row -> (String) row.get("key"))
			.filter(key -> !created.contains(key))
			.toList();
		List<Map<String, Object>> existing = batch.keptRelationships(existingKeys);
		Set<String> orphanPeople = new LinkedHashSet<>();
		Set<String> orphanOrganisations = new LinkedHashSet<>();
		Set<String> orphanTopics = new LinkedHashSet<>();
		if (!existing.isEmpty()) {
			orphanPeople.addAll(prune(WriteCypher.PRUNE_APPEARANCES, existing));
			orphanPeople.addAll(prune(WriteCypher.PRUNE_CREDITED, existing));
			orphanTopics.addAll(prune(WriteCypher.PRUNE_DISCUSSED, existing));
			orphanOrganisations.addAll(prune(WriteCypher.PRUNE_SPONSORED, existing));
			List<String> mentioned = prune(WriteCypher.PRUNE_MENTIONED, existing);
			orphanPeople.addAll(mentioned);
			orphanOrganisations.addAll(mentioned);
		}

		run(WriteCypher.MERGE_PRODUCES, batch.produces());
		run(WriteCypher.MERGE_HOSTS, batch.hosts());
		run(WriteCypher.MERGE_EMPLOYMENTS, batch.employments());
		run(WriteCypher.CREATE_EPISODE_RELATIONSHIPS, batch.newRelationships(created));
		run(WriteCypher.MERGE_APPEARANCES, ofExisting(batch.appearances(), created));
		run(WriteCypher.MERGE_CREDITED, ofExisting(batch.credits(), created));
		run(WriteCypher.MERGE_DISCUSSED, ofExisting(batch.discussed(), created));
		run(WriteCypher.MERGE_SPONSORED, ofExisting(batch.sponsored(), created));
		run(WriteCypher.MERGE_MENTIONED_PEOPLE, ofExisting(batch.mentionedPeople(), created));
		run(WriteCypher.MERGE_MENTIONED_ORGANISATIONS, ofExisting(batch.mentionedOrganisations(), created));

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
		return created;
	}

	/** The rows of episodes that existed before this transaction, whose relationships are merged, not created. */
	private static List<Map<String, Object>> ofExisting(List<Map<String, Object>> rows, Set<String> created) {
		return rows.stream().filter(row -> !created.contains((String) row.get("episode"))).toList();
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
