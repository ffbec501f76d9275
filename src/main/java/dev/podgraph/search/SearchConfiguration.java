package dev.podgraph.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.podgraph.graph.EmbeddingStore;

/**
 * The embedding model and the pass that embeds what is ingested, one of each for the application, and the threads
 * that run a question's searches side by side.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	/** The name of the executor of a question's searches. */
	static final String SEARCHES = "searches";

	/**
	 * One thread per processor: a question's searches are work for the processors, never waiting on anything but the
	 * database's pages, so more threads would only take turns.
	 */
	@Bean(name = SEARCHES, destroyMethod = "shutdownNow")
	ExecutorService searches() {
		return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
				Thread.ofPlatform().name("podgraph-search-", 1).daemon().factory());
	}

	@Bean
	Embedder embedder(SearchProperties properties) {
		return new Embedder(properties.embeddings().cacheSize());
	}

	@Bean
	EmbeddingPass embeddingPass(EmbeddingStore store, Embedder embedder, SearchProperties properties) {
		return new EmbeddingPass(store, embedder, properties.embeddings().batchSize(), properties.embeddings().evidence());
	}

}
