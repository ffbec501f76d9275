package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.TestTokens;
import dev.podgraph.graph.WriteOutcome.Change;

/**
 * Feeds fetched by URL, from a server on 127.0.0.2 (allowed in the test profile): conditional requests, unchanged
 * content, redirects into the internal network, subscriptions and the API.
 */
@PodgraphTest
class FeedFetchTests {

	@Autowired
	FeedImporter importer;

	@Autowired
	TestGraph graph;

	@Autowired
	RestTestClient http;

	HttpServer server;

	URI base;

	final AtomicReference<byte[]> feed = new AtomicReference<>(FeedImportTests.bytes(FeedImportTests.SPEC));

	final AtomicInteger notModified = new AtomicInteger();

	boolean validators = true;

	@BeforeEach
	void serveTheSpecExample() throws IOException {
		graph.clear();
		server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
		server.createContext("/feed.xml", this::serveFeed);
		server.createContext("/to-loopback", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/page.html", exchange -> send(exchange, "text/html", "<p>Not a feed</p>".getBytes()));
		server.start();
		base = URI.create("http://127.0.0.2:" + server.getAddress().getPort());
	}

	private void serveFeed(HttpExchange exchange) throws IOException {
		String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed.get())) + "\"";
		if (validators && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
			notModified.incrementAndGet();
			exchange.sendResponseHeaders(304, -1);
			exchange.close();
			return;
		}
		if (validators) {
			exchange.getResponseHeaders().add("ETag", etag);
		}
		send(exchange, "application/rss+xml", feed.get());
	}

	private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	FeedReport fetch() {
		return importer.importFeed(base.resolve("/feed.xml"), null, written -> {
		});
	}

	@Test
	void anUnchangedFeedIsNotDownloadedAgainAndWritesNothing() {
		assertThat(fetch().count(Change.CREATED)).isEqualTo(3);
		var before = graph.snapshot();

		FeedReport again = fetch();

		assertThat(again.notModified()).isTrue();
		assertThat(notModified).hasValue(1);
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void aServerWithoutValidatorsIsRecognisedUnchangedByItsContent() {
		validators = false;
		fetch();
		var before = graph.snapshot();

		assertThat(fetch().notModified()).isTrue();
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedFeedIsReadAgainAndOnlyItsChangesWritten() {
		fetch();
		feed.set(new String(feed.get()).replace("Episode 1 - The Past", "Episode 1 - The Distant Past").getBytes());

		FeedReport report = fetch();

		assertThat(report.notModified()).isFalse();
		assertThat(report.count(Change.UPDATED)).isOne();
		assertThat(report.count(Change.UNCHANGED)).isEqualTo(2);
	}

	@Test
	void refusesLoopbackAndRedirectsIntoTheInternalNetwork() {
		int port = server.getAddress().getPort();
		assertThatThrownBy(() -> importer.importFeed(URI.create("http://127.0.0.1:" + port + "/feed.xml"), null, w -> {
		})).isInstanceOf(FetchRefused.class).hasMessageContaining("internal address");
		assertThatThrownBy(() -> importer.importFeed(base.resolve("/to-loopback"), null, w -> {
		})).isInstanceOf(FetchRefused.class).hasMessageContaining("127.0.0.1");
		assertThat(graph.countNodes("Episode")).isZero();
	}

	@Test
	void anAddressThatServesAPageIsNoFeed() {
		assertThatThrownBy(() -> importer.importFeed(base.resolve("/page.html"), null, w -> {
		})).isInstanceOf(InvalidFeed.class).hasMessageContaining("is not a feed");
	}

	@Test
	void subscriptionsAreReadAndAFailingOneStopsNoOther() {
		FeedProperties properties = new FeedProperties(DataSize.ofMegabytes(1), Duration.ofSeconds(10),
				List.of(URI.create("http://127.0.0.1:9/refused.xml"), base.resolve("/feed.xml")), Duration.ofHours(1),
				Duration.ofSeconds(30));

		List<FeedReport> reports = new FeedSubscriptions(properties, importer).refresh();

		assertThat(reports).singleElement().satisfies(r -> assertThat(r.count(Change.CREATED)).isEqualTo(3));
		assertThat(new FeedSubscriptions(properties, importer).refresh()).singleElement()
			.satisfies(r -> assertThat(r.notModified()).isTrue());
	}

	@Test
	void theApiFetchesAFeedByUrlOrTakesItAsTheBody() {
		http.post()
			.uri("/api/ingest/feed")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"url\": \"" + base.resolve("/feed.xml") + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.podcast").isEqualTo("podcasting-2-0-namespace-example")
			.jsonPath("$.items").isEqualTo(3)
			.jsonPath("$.episodes[0].change").isEqualTo("CREATED");

		http.post()
			.uri("/api/ingest/feed")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.parseMediaType("application/rss+xml"))
			.body(feed.get())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.episodes[*].change").isEqualTo(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED"));
	}

	@Test
	void theApiRefusesHostileFeedsAndInternalAddressesAsProblems() {
		http.post()
			.uri("/api/ingest/feed")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.APPLICATION_XML)
			.body(FeedImportTests.bytes("edge_feedparser-rs_billion-laughs-entity-expansion.xml"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reason").isEqualTo("DOCTYPE");
		http.post()
			.uri("/api/ingest/feed")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"url\": \"http://169.254.169.254/latest/meta-data\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reason").isEqualTo("FETCH_REFUSED");
		http.post()
			.uri("/api/ingest/feed")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"url\": \"\"}")
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(graph.counts().values()).allMatch(count -> count == 0);
	}

}
