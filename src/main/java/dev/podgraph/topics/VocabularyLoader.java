package dev.podgraph.topics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.TopicVocabulary;

/**
 * Puts the topic vocabulary into the graph at start-up, before anything is ingested: each topic with its synonyms,
 * and its {@code BROADER} topics. An edited vocabulary file takes effect at the next start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VocabularyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VocabularyLoader.class);

	private final Taxonomy taxonomy;

	private final TopicVocabulary vocabulary;

	VocabularyLoader(Taxonomy taxonomy, TopicVocabulary vocabulary) {
		this.taxonomy = taxonomy;
		this.vocabulary = vocabulary;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Makes the graph's vocabulary the file's. */
	public void load() {
		vocabulary.sync(taxonomy.asGraph());
		log.debug("Topic vocabulary loaded: {} topics", taxonomy.topics().size());
	}

}
