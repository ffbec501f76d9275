package dev.podgraph.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.podgraph.graph.EmbeddingStore;

/**
 * The embedding model and the pass that embeds what is ingested, one of each for the application.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	Embedder embedder(SearchProperties properties) {
		return new Embedder(properties.embeddings().cacheSize());
	}

	@Bean
	EmbeddingPass embeddingPass(EmbeddingStore store, Embedder embedder, SearchProperties properties) {
		return new EmbeddingPass(store, embedder, properties.embeddings().batchSize(), properties.embeddings().evidence());
	}

}
