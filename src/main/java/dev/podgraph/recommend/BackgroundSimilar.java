package dev.podgraph.recommend;

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
 * Runs the pass of similar-episode lists in the server: right after start-up, then every
 * {@code podgraph.recommend.lists.interval}, taking the episodes whose embeddings came in since. A failing round is
 * logged and retried.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podgraph.recommend.lists.background", havingValue = "true", matchIfMissing = true)
class BackgroundSimilar implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(BackgroundSimilar.class);

	private final SimilarPass pass;

	private final RecommendProperties properties;

	BackgroundSimilar(SimilarPass pass, RecommendProperties properties) {
		this.pass = pass;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::round, properties.lists().interval(),
				java.time.Duration.ofSeconds(3)));
	}

	private void round() {
		try {
			pass.catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("The similar-episodes pass failed; it will try again: {}", ex.getMessage());
		}
	}

}
