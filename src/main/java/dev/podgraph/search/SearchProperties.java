package dev.podgraph.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param embeddings how embeddings are computed
 */
@ConfigurationProperties("podgraph.search")
public record SearchProperties(@DefaultValue Embeddings embeddings) {

	/**
	 * Embedding settings.
	 *
	 * @param background whether the server computes the embeddings of what is ingested in the background (off, they
	 * wait until a pass is run)
	 * @param interval how long the background pass waits between two looks for episodes and topics to embed
	 * @param batchSize how many episodes the pass embeds and writes per transaction
	 * @param cacheSize how many texts' embeddings are remembered in memory (a repeated line is embedded once)
	 * @param evidence whether the evidence of each topic an episode discussed (its show-notes lines) is embedded too,
	 * not only episodes and topics: finds the very line nearest in meaning, at about twenty times the embedding work
	 */
	public record Embeddings(@DefaultValue("true") boolean background, @DefaultValue("5s") Duration interval,
			@DefaultValue("32") int batchSize, @DefaultValue("50000") int cacheSize,
			@DefaultValue("true") boolean evidence) {
	}

}
