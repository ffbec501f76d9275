package dev.podgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.podgraph.ingest.FetchRefused;

class SafeFetcherTests {

	HttpServer server;

	URI base;

	@BeforeEach
	void server() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/page", exchange -> {
			assertThat(exchange.getRequestHeaders().getFirst("User-Agent")).startsWith("podgraph/");
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			byte[] body = "Episode 1".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
			exchange.getResponseHeaders().add("ETag", "\"v1\"");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.createContext("/big", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(new byte[4096]);
			}
		});
		server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
		server.createContext("/to-page", exchange -> redirect(exchange, "/page"));
		server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
		server.start();
		base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	static SafeFetcher fetcher(boolean allowPrivate) {
		return new SafeFetcher(new SafeFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1000, 3,
				allowPrivate, "podgraph/test"));
	}

	@Test
	void refusesTheLocalNetworkByDefault() {
		assertThatThrownBy(() -> fetcher(false).fetch(base.resolve("/page"), null, null)).isInstanceOf(FetchRefused.class)
			.hasMessageContaining("an internal address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://192.168.1.10/", "http://172.16.0.1/", "http://169.254.169.254/latest",
			"http://[::1]/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/" })
	void refusesEveryKindOfInternalAddress(String uri) {
		assertThatThrownBy(() -> fetcher(false).checkAllowed(URI.create(uri))).isInstanceOf(FetchRefused.class)
			.hasMessageContaining("internal address");
	}

	/** Names that resolve to this machine, and other spellings of its address that some parsers accept. */
	@ParameterizedTest
	@ValueSource(strings = { "http://localhost/", "http://LOCALHOST./feed.xml", "http://ip6-localhost/", "http://127.1/",
			"http://127.000.000.001/", "http://2130706433/", "http://0x7f000001/",
			"https://localhost:8443/", "http://[0:0:0:0:0:0:0:1]/" })
	void refusesNamesAndSpellingsOfThisMachine(String uri) {
		assertThatThrownBy(() -> fetcher(false).checkAllowed(URI.create(uri))).isInstanceOf(FetchRefused.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org/", "http://user@example.org/" })
	void refusesOtherSchemesAndCredentials(String uri) {
		assertThatThrownBy(() -> fetcher(true).checkAllowed(URI.create(uri))).isInstanceOf(FetchRefused.class);
	}

	@Test
	void fetchesWithValidatorsAndAnswersNotModified() {
		Fetched first = fetcher(true).fetch(base.resolve("/page"), null, null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("Episode 1");
		assertThat(first.etag()).isEqualTo("\"v1\"");

		assertThat(fetcher(true).fetch(base.resolve("/page"), first.etag(), null).notModified()).isTrue();
	}

	@Test
	void checksEveryRedirectAgain() {
		assertThat(fetcher(true).fetch(base.resolve("/to-page"), null, null).uri().getPath()).isEqualTo("/page");
		assertThatThrownBy(() -> fetcher(true).fetch(base.resolve("/to-file"), null, null))
			.hasMessageContaining("Only http and https");
		assertThatThrownBy(() -> fetcher(true).fetch(base.resolve("/loop"), null, null))
			.hasMessageContaining("redirected more than 3 times");
	}

	@Test
	void stopsReadingAtTheSizeLimit() {
		assertThatThrownBy(() -> fetcher(true).fetch(base.resolve("/big"), null, null))
			.hasMessageContaining("larger than the limit of 1000 bytes");
	}

}
