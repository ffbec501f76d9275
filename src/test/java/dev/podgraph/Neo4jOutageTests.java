package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.config.EmbeddedNeo4j;
import dev.podgraph.graph.TransientErrors;
import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.topics.VocabularyLoader;

/**
 * The run command's embedded Neo4j stopped in the middle of an ingest, then started again, the application running
 * throughout: the ingest fails with the database's error, having written whole batches only; meanwhile health says
 * DOWN and reads answer 503; once Neo4j is back, everything answers again without a restart, and ingesting again
 * completes the catalogue, which ends exactly as one uninterrupted ingest leaves it.
 */
class Neo4jOutageTests {

	private static final int PAGES = 2_000;

	private static final int BATCH = 500;

	@TempDir
	Path data;

	@Test
	void anIngestCutShortByAStoppedNeo4jWritesWholeBatchesAndEverythingRecovers() throws Exception {
		try (StandaloneApplication app = StandaloneApplication.start("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.search.embeddings.background=false", "podgraph.recommend.lists.background=false",
				"podgraph.ingest.batch-size=" + BATCH)) {
			EmbeddedNeo4j neo4j = app.context().getBean(EmbeddedNeo4j.class);
			PageImporter importer = app.context().getBean(PageImporter.class);
			TestGraph graph = new TestGraph(app.context().getBean(Driver.class));
			RestClient http = app.http();

			CountDownLatch firstBatch = new CountDownLatch(1);
			Thread stopper = Thread.ofPlatform().start(() -> {
				try {
					firstBatch.await();
					neo4j.stop();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			long started = System.nanoTime();
			Throwable failure = catchThrowable(() -> importer.importAll(pages(), null, batch -> firstBatch.countDown()));
			stopper.join();

			assertThat(failure).as("the ingest fails with the database's error").isNotNull();
			assertThat(TransientErrors.isUnavailable(failure)).as(failure.toString()).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));

			// While it is down.
			ResponseEntity<String> health = get(http, "/actuator/health");
			assertThat(health.getStatusCode().value()).isEqualTo(503);
			assertThat(health.getBody()).contains("\"DOWN\"");
			ResponseEntity<String> api = get(http, "/api/episodes");
			assertThat(api.getStatusCode().value()).isEqualTo(503);
			assertThat(api.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("5");
			assertThat(api.getBody()).contains("\"title\":\"The database is unavailable\"");
			ResponseEntity<String> page = get(http, "/episodes/any", MediaType.TEXT_HTML);
			assertThat(page.getStatusCode().value()).isEqualTo(503);
			assertThat(page.getBody()).contains("<html");
			// Questions read in-process, not through the driver, and each method's searches run side by side.
			for (String method : List.of("WORDS", "TAXONOMY", "MEANING")) {
				ResponseEntity<String> guests = get(http, "/api/guests?topic=ethics&method=" + method);
				assertThat(guests.getStatusCode().value()).as(method).isEqualTo(503);
				assertThat(guests.getBody()).contains("\"title\":\"The database is unavailable\"");
			}
			assertThat(get(http, "/search?q=who talked about ethics", MediaType.TEXT_HTML).getStatusCode().value()).isEqualTo(503);

			// Back, without restarting the application.
			neo4j.start();
			awaitUp(http);
			long written = graph.countNodes("Episode");
			assertThat(written).as("whole batches only").isPositive().isLessThan(PAGES);
			assertThat(written % BATCH).as("whole batches only").isZero();
			assertThat(get(http, "/api/episodes").getStatusCode().value()).isEqualTo(200);
			for (String method : List.of("WORDS", "TAXONOMY", "MEANING")) {
				ResponseEntity<String> guests = get(http, "/api/guests?topic=ethics&method=" + method);
				assertThat(guests.getStatusCode().value()).as(method).isEqualTo(200);
				assertThat(guests.getBody()).as(method).contains("\"guests\":[{");
			}

			IngestReport again = importer.importAll(pages(), null, batch -> {
			});
			assertThat(again.failures()).isEmpty();
			assertThat(again.count(Change.UNCHANGED)).isEqualTo(written);
			assertThat(again.count(Change.CREATED)).isEqualTo(PAGES - written);
			List<String> recovered = graph.snapshot();

			graph.clear();
			app.context().getBean(VocabularyLoader.class).load();
			importer.importAll(pages(), null, batch -> {
			});
			assertThat(recovered).as("the same graph as one uninterrupted ingest").isEqualTo(graph.snapshot());
		}
	}

	private static java.util.Iterator<dev.podgraph.ingest.PageSource> pages() {
		return new SyntheticPages(3, 5).sources(PAGES);
	}

	private static ResponseEntity<String> get(RestClient http, String path) {
		return get(http, path, MediaType.ALL);
	}

	private static ResponseEntity<String> get(RestClient http, String path, MediaType accept) {
		return http.get()
			.uri(path)
			.accept(accept)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private static void awaitUp(RestClient http) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (get(http, "/actuator/health").getStatusCode().value() == 200) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("health did not come back UP within 60 s");
	}

}
