package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.PageQuery;
import dev.podgraph.graph.WriteOutcome;

/**
 * Loads the demo catalogue when the graph has no episode yet, so that a first start of the embedded default answers
 * at once: the seed show-notes page and real feeds, ingested like any others. Later starts find episodes and leave the
 * graph alone.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoProperties properties;

	private final Environment environment;

	private final Catalogue catalogue;

	private final PageImporter importer;

	private final FeedImporter feeds;

	private final ResourcePatternResolver resources;

	DemoData(DemoProperties properties, Environment environment, Catalogue catalogue, PageImporter importer,
			FeedImporter feeds, ResourcePatternResolver resources) {
		this.properties = properties;
		this.environment = environment;
		this.catalogue = catalogue;
		this.importer = importer;
		this.feeds = feeds;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		if (catalogue.episodes(new PageQuery(0, 1), null).orElseThrow().totalItems() > 0) {
			log.debug("The graph has episodes; the demo catalogue is not loaded");
			return;
		}
		IngestReport report = importer.importPages(read(properties.pages()), null);
		report.failures().forEach(f -> log.warn("A demo page was not loaded: {}: {}", f.source(), f.message()));
		long episodes = report.count(WriteOutcome.Change.CREATED);
		for (PageSource feed : read(properties.feeds())) {
			try {
				episodes += feeds.importFeed(new FeedSource(feed.name(), feed.content(), null), null, written -> {
				}).count(WriteOutcome.Change.CREATED);
			}
			catch (RuntimeException refused) {
				log.warn("A demo feed was not loaded: {}: {}", feed.name(), refused.getMessage());
			}
		}
		log.info("Loaded the demo catalogue into the empty graph: {} episodes from {} and {}", episodes,
				properties.pages(), properties.feeds());
	}

	private boolean enabled() {
		if (properties.enabled() != null) {
			return properties.enabled();
		}
		return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

	private List<PageSource> read(String pattern) {
		List<PageSource> pages = new ArrayList<>();
		try {
			for (Resource page : resources.getResources(pattern)) {
				try (InputStream in = page.getInputStream()) {
					pages.add(new PageSource(page.getFilename(), in.readAllBytes(), null));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo files " + pattern, ex);
		}
		pages.sort(Comparator.comparing(PageSource::name));
		return pages;
	}

}
