package dev.podgraph.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.TestTokens;

/**
 * Over HTTP, with the test profile's token configured as on a server: reading needs nothing, writing needs the token,
 * and a refused write leaves the graph as it was.
 */
@PodgraphTest
class AccessControlTests {

	@Autowired
	RestTestClient http;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	private static byte[] seed() throws IOException {
		try (InputStream in = AccessControlTests.class.getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith.txt")) {
			return in.readAllBytes();
		}
	}

	@Test
	void readingIsPublic() {
		for (String path : new String[] { "/", "/api/episodes", "/api/guests?topic=ethics", "/search?q=ethics",
				"/actuator/health", "/css/podgraph.css" }) {
			http.get().uri(path).exchange().expectStatus().isOk();
		}
	}

	@Test
	void writingWithoutATokenIsRefusedAndWritesNothing() throws IOException {
		http.post()
			.uri("/api/ingest/page")
			.contentType(MediaType.TEXT_PLAIN)
			.body(seed())
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.title").isEqualTo("An API token is needed")
			.jsonPath("$.instance").isEqualTo("/api/ingest/page");

		assertThat(graph.countNodes("Episode")).isZero();
	}

	@Test
	void aWrongTokenOrAnotherSchemeIsRefused() throws IOException {
		for (String authorization : new String[] { "Bearer test-token-0123456789abcdef0123456789abcdeX",
				"Bearer ", "Basic dGVzdDp0ZXN0", TestTokens.WRITER.substring("Bearer ".length()) }) {
			http.post()
				.uri("/api/ingest/page")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.contentType(MediaType.TEXT_PLAIN)
				.body(seed())
				.exchange()
				.expectStatus().isUnauthorized()
				.expectBody()
				.jsonPath("$.title").isEqualTo("The API token is not valid");
		}
		// A wrong token is refused even where none is needed, so that a mistyped secret shows at once.
		http.get()
			.uri("/api/episodes")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-the-token")
			.exchange()
			.expectStatus().isUnauthorized();

		assertThat(graph.countNodes("Episode")).isZero();
	}

	@Test
	void theTokenWrites() throws IOException {
		http.post()
			.uri("/api/ingest/page")
			.header(HttpHeaders.AUTHORIZATION, "bearer " + TestTokens.WRITER.substring("Bearer ".length()))
			.contentType(MediaType.TEXT_PLAIN)
			.body(seed())
			.exchange()
			.expectStatus().isCreated();

		assertThat(graph.countNodes("Episode")).isOne();
	}

	@Test
	void otherMethodsAndPathsAreRefusedEvenWithTheToken() {
		http.post().uri("/").header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER).exchange().expectStatus().isForbidden();
		http.delete().uri("/api/episodes/any").exchange().expectStatus().isUnauthorized();
		http.delete()
			.uri("/api/episodes/any")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.WRITER)
			.exchange()
			.expectStatus().isEqualTo(405);
	}

	@Test
	void pagesKeepTheirHeadersAndStaticFilesTheirCaching() {
		http.get()
			.uri("/")
			.exchange()
			.expectHeader().exists("Content-Security-Policy")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
		http.get()
			.uri("/css/podgraph.css")
			.exchange()
			.expectHeader().doesNotExist(HttpHeaders.PRAGMA)
			.expectHeader().doesNotExist(HttpHeaders.CACHE_CONTROL);
	}

}
