package dev.podgraph.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.podgraph.StandaloneApplication;

/**
 * The run command's defaults, as a user starts it: embedded Neo4j and no token, so anyone on this machine may write,
 * and it says so at start-up; nobody else may, even through a proxy on this machine; and questions are rate limited.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalDemoTests {

	@TempDir
	Path data;

	@Test
	void theEmbeddedDemoWritesFromThisMachineOnlyAndSaysSo(CapturedOutput output) throws IOException {
		try (StandaloneApplication app = StandaloneApplication.start("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.search.embeddings.background=false", "podgraph.recommend.lists.background=false",
				"podgraph.security.rate-limits.search.requests=2")) {
			assertThat(output).contains("No API token is configured: anyone on this machine may write");
			RestClient http = app.http();

			assertThat(post(http, null).getStatusCode().value()).isEqualTo(201);
			ResponseEntity<String> proxied = post(http, "203.0.113.9");
			assertThat(proxied.getStatusCode().value()).isEqualTo(401);
			assertThat(proxied.getBody()).contains("only requests made on the server's own machine may write");

			assertThat(question(http).value()).isEqualTo(200);
			assertThat(question(http).value()).isEqualTo(200);
			assertThat(question(http).value()).isEqualTo(429);
		}
	}

	private static ResponseEntity<String> post(RestClient http, String forwardedFor) throws IOException {
		byte[] page;
		try (InputStream in = LocalDemoTests.class.getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith.txt")) {
			page = in.readAllBytes();
		}
		return http.post()
			.uri("/api/ingest/page")
			.headers(h -> {
				if (forwardedFor != null) {
					h.add("X-Forwarded-For", forwardedFor);
				}
			})
			.contentType(MediaType.TEXT_PLAIN)
			.body(page)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private static HttpStatusCode question(RestClient http) {
		return http.get()
			.uri("/api/guests?topic=ethics")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode();
	}

}
