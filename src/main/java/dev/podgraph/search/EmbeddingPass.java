package dev.podgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.podgraph.graph.EmbeddingStore;
import dev.podgraph.graph.EmbeddingStore.EpisodeVectors;
import dev.podgraph.graph.EmbeddingStore.PendingEpisode;
import dev.podgraph.graph.EmbeddingStore.PendingEvidence;
import dev.podgraph.graph.EmbeddingStore.PendingTopic;
import dev.podgraph.graph.EmbeddingStore.TopicVector;

/**
 * Computes the embeddings of what was ingested, off the write path: topics, then episodes with the evidence of each
 * topic they discussed, a batch per transaction. What waits is marked in the graph, so the pass resumes after a
 * restart and catches up on whatever an ingest wrote while it was not running. A bulk ingest therefore keeps its
 * speed; answers by meaning include an episode once its batch is through.
 */
public class EmbeddingPass {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingPass.class);

	private final EmbeddingStore store;

	private final Embedder embedder;

	private final int batchSize;

	private final boolean evidence;

	/**
	 * @param store what waits, and where vectors go
	 * @param embedder the model
	 * @param batchSize episodes per transaction
	 * @param evidence whether the evidence of each topic an episode discussed is embedded too
	 */
	public EmbeddingPass(EmbeddingStore store, Embedder embedder, int batchSize, boolean evidence) {
		this.store = store;
		this.embedder = embedder;
		this.batchSize = batchSize;
		this.evidence = evidence;
	}

	/**
	 * What a pass did.
	 * @param topics topics embedded
	 * @param episodes episodes embedded
	 * @param texts texts sent to the model or found remembered (episodes, evidence, topics)
	 * @param seconds how long it took
	 */
	public record Result(long topics, long episodes, long texts, double seconds) {
	}

	/**
	 * Embeds everything that waits, until nothing does. Only one pass runs at a time.
	 * @return what was embedded
	 */
	public synchronized Result catchUp() {
		long started = System.nanoTime();
		long topics = 0;
		long episodes = 0;
		long texts = 0;
		long lastLog = started;
		while (true) {
			List<PendingTopic> pendingTopics = store.pendingTopics(batchSize * 8);
			if (!pendingTopics.isEmpty()) {
				List<float[]> vectors = embedder.embedAll(pendingTopics.stream().map(PendingTopic::text).toList());
				List<TopicVector> rows = new ArrayList<>();
				for (int i = 0; i < pendingTopics.size(); i++) {
					rows.add(new TopicVector(pendingTopics.get(i), vectors.get(i)));
				}
				long saved = store.saveTopics(rows);
				topics += saved;
				texts += rows.size();
				if (saved == 0) {
					break;
				}
				continue;
			}
			List<PendingEpisode> pending = store.pendingEpisodes(batchSize, evidence);
			if (pending.isEmpty()) {
				break;
			}
			List<String> batch = new ArrayList<>();
			for (PendingEpisode episode : pending) {
				batch.add(episode.text());
				episode.evidence().forEach(e -> batch.add(e.text()));
			}
			List<float[]> vectors = embedder.embedAll(batch);
			List<EpisodeVectors> rows = new ArrayList<>();
			int at = 0;
			for (PendingEpisode episode : pending) {
				float[] embedding = vectors.get(at++);
				Map<String, float[]> lines = new HashMap<>();
				for (PendingEvidence e : episode.evidence()) {
					lines.put(e.topic(), vectors.get(at++));
				}
				rows.add(new EpisodeVectors(episode, embedding, lines));
			}
			long saved = store.saveEpisodes(rows);
			episodes += saved;
			texts += batch.size();
			if (saved == 0) {
				// Every episode read changed before its vectors were written: the next pass reads them again.
				break;
			}
			if (System.nanoTime() - lastLog > 10_000_000_000L) {
				lastLog = System.nanoTime();
				log.info("Embeddings: {} episodes and {} topics so far, {} still waiting", episodes, topics,
						store.pending().episodes());
			}
		}
		Result result = new Result(topics, episodes, texts, (System.nanoTime() - started) / 1e9);
		if (result.topics() + result.episodes() > 0) {
			log.info("Embeddings: {} episodes and {} topics embedded in {} s", result.episodes(), result.topics(),
					String.format("%.1f", result.seconds()));
		}
		return result;
	}

}
