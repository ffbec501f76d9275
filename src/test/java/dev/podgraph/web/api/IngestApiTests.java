package dev.podgraph.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/ingest/page} over HTTP: text and HTML pages in, problem details for pages that cannot be read,
 * and nothing written for those.
 */
@PodgraphTest
class IngestApiTests {

	@Autowired
	RestTestClient http;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	static byte[] seed(String variant) throws IOException {
		try (InputStream in = IngestApiTests.class.getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith" + variant)) {
			return in.readAllBytes();
		}
	}

	@Test
	void ingestsATextPageThenFindsTheHtmlOfTheSamePageUnchanged() throws IOException {
		http.post()
			.uri("/api/ingest/page")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.TEXT_PLAIN)
			.body(seed(".txt"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/episodes/driven-by-data-the-podcast:s4e9")
			.expectBody()
			.jsonPath("$.episode").isEqualTo("driven-by-data-the-podcast:s4e9")
			.jsonPath("$.change").isEqualTo("CREATED")
			.jsonPath("$.guests[0]").isEqualTo("Aimee Smith")
			.jsonPath("$.hosts[0]").isEqualTo("Kyle Winterbottom")
			.jsonPath("$.sponsors[0]").isEqualTo("Cambridge Spark")
			.jsonPath("$.mentions[0]").isEqualTo("Davin Crowley Sweet");

		http.post()
			.uri("/api/ingest/page")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.TEXT_HTML)
			.body(seed(".html"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.change").isEqualTo("UNCHANGED");

		http.get().uri("/api/episodes/driven-by-data-the-podcast:s4e9").exchange().expectStatus().isOk();
	}

	@Test
	void refusesAnEmptyPage() {
		refused(MediaType.TEXT_PLAIN, "  \n ".getBytes(StandardCharsets.UTF_8), 422, "EMPTY");
	}

	@Test
	void refusesBinaryContent() {
		refused(MediaType.TEXT_PLAIN, new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 0, 9 }, 422, "BINARY");
	}

	@Test
	void refusesAPageInAnotherEncodingThanDeclared() {
		byte[] latin1 = "In Episode 1, Zoë Host is joined by José Guest.".getBytes(StandardCharsets.ISO_8859_1);
		refused(MediaType.parseMediaType("text/plain;charset=UTF-8"), latin1, 422, "ENCODING");
	}

	@Test
	void refusesAPageWithNoEpisode() {
		refused(MediaType.TEXT_PLAIN, "Just a note about nothing.".getBytes(StandardCharsets.UTF_8), 422, "NO_EPISODE");
	}

	@Test
	void refusesAPageThatNamesNoPodcastUnlessOneIsGiven() {
		byte[] page = "Ep 3: Something\n- A topic of note\n".getBytes(StandardCharsets.UTF_8);
		refused(MediaType.TEXT_PLAIN, page, 422, "NO_PODCAST");

		http.post()
			.uri("/api/ingest/page?podcast=Given Show")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.TEXT_PLAIN)
			.body(page)
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.episode").isEqualTo("given-show:e3");
	}

	@Test
	void refusesAPageOverTheSizeLimit() {
		byte[] huge = new byte[1024 * 1024 + 1];
		Arrays.fill(huge, (byte) 'a');
		refused(MediaType.TEXT_PLAIN, huge, 413, "TOO_LARGE");
	}

	@Test
	void refusesContentThatIsNotAPage() {
		http.post()
			.uri("/api/ingest/page")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		assertThat(graph.counts().values()).allMatch(c -> c == 0);
	}

	private void refused(MediaType type, byte[] body, int status, String reason) {
		http.post()
			.uri("/api/ingest/page")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.contentType(type)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.reason").isEqualTo(reason)
			.jsonPath("$.detail").isNotEmpty();
		assertThat(graph.counts().values()).as("nothing written").allMatch(c -> c == 0);
	}

}
