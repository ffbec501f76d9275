package dev.podgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo catalogue loaded into an empty graph so that a first start has something to show.
 *
 * @param enabled whether to load the demo into an empty graph; unset means only when Neo4j runs embedded (no
 * {@code spring.neo4j.uri}), so that a real server is never filled with demo data unless asked
 * @param pages the show-notes pages of the demo catalogue, ingested like any other page (a resource pattern)
 * @param feeds the feeds of the demo catalogue, ingested like any other feed (a resource pattern)
 */
@ConfigurationProperties("podgraph.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("classpath:demo/pages/*") String pages,
		@DefaultValue("classpath:demo/feeds/*") String feeds) {
}
