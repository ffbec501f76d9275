package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * Eight ingests of the same real feeds and pages at once, three rounds over: the graph ends exactly as one ingest
 * leaves it, node for node and relationship for relationship, with no duplicate and nothing lost; no ingest fails
 * (deadlocks between writers merging the same people and topics are retried).
 */
@PodgraphTest
class ConcurrentIngestTests {

	private static final int THREADS = 8;

	private static final int ROUNDS = 3;

	private static final List<String> FEEDS = List.of(
			"interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml",
			"interview_javascript-air_multi-guest-panels_cdata-html_8ep.xml",
			"spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml");

	@Autowired
	PageImporter pages;

	@Autowired
	FeedImporter feeds;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@Test
	void eightIngestsOfTheSameFeedsAndPagesAtOnceLeaveWhatOneLeaves() throws Exception {
		ingest(0);
		List<String> once = graph.snapshot();
		var counts = graph.counts();
		assertThat(counts.get("Episode")).isGreaterThan(45);
		graph.clear();

		for (int round = 0; round < ROUNDS; round++) {
			CyclicBarrier start = new CyclicBarrier(THREADS);
			ExecutorService threads = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(threads.submit(() -> {
					start.await();
					ingest(thread);
					return null;
				}));
			}
			threads.shutdown();
			assertThat(threads.awaitTermination(3, TimeUnit.MINUTES)).as("every ingest ended").isTrue();
			for (Future<?> ingest : done) {
				ingest.get();
			}

			assertThat(graph.counts()).as("round %d", round).isEqualTo(counts);
			assertThat(graph.snapshot()).as("round %d", round).isEqualTo(once);
		}
		assertThat(graph.single("""
				MATCH (n) WHERE n.key IS NOT NULL
				WITH labels(n)[0] AS label, n.key AS key, count(*) AS copies WHERE copies > 1
				RETURN count(*)""", java.util.Map.of()).asLong()).isZero();
		assertThat(graph.single("""
				MATCH (a)-[r]->(b)
				WITH a, b, type(r) AS type, r.role AS role, count(*) AS copies WHERE copies > 1
				RETURN count(*)""", java.util.Map.of()).asLong()).isZero();
	}

	/** One ingest: the feeds and the seed page, in an order that differs between threads, to cross their locks. */
	private void ingest(int thread) throws IOException {
		List<String> order = new ArrayList<>(FEEDS);
		java.util.Collections.rotate(order, thread);
		if (thread % 2 == 1) {
			assertThat(pages.importPages(List.of(seed()), null).failures()).isEmpty();
		}
		for (String feed : order) {
			FeedReport report = feeds.importFeed(new FeedSource(feed, FeedImportTests.bytes(feed), "application/rss+xml"),
					null, written -> {
					});
			assertThat(report.episodes()).isNotEmpty();
		}
		if (thread % 2 == 0) {
			assertThat(pages.importPages(List.of(seed()), null).failures()).isEmpty();
		}
	}

	private static PageSource seed() throws IOException {
		try (InputStream in = ConcurrentIngestTests.class.getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith.txt")) {
			return new PageSource("seed", in.readAllBytes(), "text/plain");
		}
	}

}
