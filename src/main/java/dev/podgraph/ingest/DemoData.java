package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.podgraph.graph.BatchOutcome;
import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.PageQuery;

/**
 * Loads the demo catalogue through the write path when the graph has no episode yet, so that a first start of the
 * embedded default answers at once. Later starts find episodes and leave the graph alone.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoProperties properties;

	private final Environment environment;

	private final Catalogue catalogue;

	private final EpisodeWriter writer;

	private final JsonMapper json;

	DemoData(DemoProperties properties, Environment environment, Catalogue catalogue, EpisodeWriter writer,
			JsonMapper json) {
		this.properties = properties;
		this.environment = environment;
		this.catalogue = catalogue;
		this.writer = writer;
		this.json = json;
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
		BatchOutcome outcome = writer.writeAll(read());
		log.info("Loaded the demo catalogue into the empty graph: {} episodes from {}", outcome.created(),
				properties.source().getDescription());
	}

	private boolean enabled() {
		if (properties.enabled() != null) {
			return properties.enabled();
		}
		return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

	private List<ExtractedEpisode> read() {
		try (InputStream in = properties.source().getInputStream()) {
			return json.readValue(in, new TypeReference<List<ExtractedEpisode>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo catalogue " + properties.source(), ex);
		}
	}

}
