package dev.podgraph.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the embedding pass in the server: right after start-up (catching up on what was ingested while it was down or
 * by a command), then every {@code podgraph.search.embeddings.interval}. A failing round is logged and retried.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podgraph.search.embeddings.background", havingValue = "true", matchIfMissing = true)
class BackgroundEmbeddings implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(BackgroundEmbeddings.class);

	private final EmbeddingPass pass;

	private final SearchProperties properties;

	BackgroundEmbeddings(EmbeddingPass pass, SearchProperties properties) {
		this.pass = pass;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::round, properties.embeddings().interval(),
				java.time.Duration.ofSeconds(1)));
	}

	private void round() {
		try {
			pass.catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("The embedding pass failed; it will try again: {}", ex.getMessage());
		}
	}

}
