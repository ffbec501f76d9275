package dev.podgraph.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.WriteOutcome.Change;

/**
 * Reads the subscribed feeds ({@code podgraph.feeds.subscriptions}) a little after start-up and then every
 * {@code podgraph.feeds.refresh-interval}. An unchanged feed costs one conditional request; a feed that fails is
 * logged and tried again at the next round, and never stops the others. Runs in the server, not in commands.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class FeedSubscriptions implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(FeedSubscriptions.class);

	private final FeedProperties properties;

	private final FeedImporter importer;

	FeedSubscriptions(FeedProperties properties, FeedImporter importer) {
		this.properties = properties;
		this.importer = importer;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!properties.subscriptions().isEmpty()) {
			registrar.addFixedDelayTask(new FixedDelayTask(this::refresh, properties.refreshInterval(),
					properties.refreshDelay()));
		}
	}

	/**
	 * Reads every subscribed feed once.
	 * @return one report for each feed read; a feed that failed has none
	 */
	List<FeedReport> refresh() {
		List<FeedReport> reports = new ArrayList<>();
		for (URI url : properties.subscriptions()) {
			try {
				FeedReport report = importer.importFeed(url, null, written -> {
				});
				reports.add(report);
				if (report.notModified()) {
					log.debug("Feed {} is unchanged", url);
				}
				else {
					log.info("Feed {}: {} items, {} episodes created, {} updated, {} unchanged, {} problems", url,
							report.items(), report.count(Change.CREATED), report.count(Change.UPDATED),
							report.count(Change.UNCHANGED), report.problems().size());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Feed {} could not be read: {}", url, ex.getMessage());
			}
		}
		return reports;
	}

}
