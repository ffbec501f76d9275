package dev.podgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.HttpLoad;

/**
 * A short run of the HTTP benchmark ({@code bench/http.sh} runs the long one against the jar): a synthetic catalogue,
 * the application in-process on it, one client asking for episode pages and then eight clients asking for episode
 * pages and guests at once; every request answers 200 in time, and a catalogue folder is reused, not rebuilt.
 */
class HttpBenchmarkTests {

	@TempDir
	Path data;

	@Test
	void eightClientsAtOnceGetEveryEpisodePageAndGuestsAnswerWithoutError() throws IOException {
		HttpBenchmark.Catalogue catalogue = HttpBenchmark.prepare(data, 300, 10_000, 100);
		assertThat(catalogue.episodes()).isEqualTo(300);
		assertThat(catalogue.allLists()).isTrue();
		assertThat(HttpBenchmark.prepare(data, 300, 10_000, 100).listed()).isEqualTo(catalogue.listed());

		try (StandaloneApplication app = StandaloneApplication.start("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.security.rate-limits.search.requests=0",
				"logging.level.root=WARN")) {
			HttpLoad.Result one = HttpBenchmark.measure(app.baseUri(), catalogue,
					List.of("episode"), 100, 1);
			HttpLoad.Result eight = HttpBenchmark.measure(app.baseUri(), catalogue,
					List.of("episode", "guests", "static"), 600, 8);

			assertThat(one.failures()).isEmpty();
			assertThat(one.kind(HttpBenchmark.EPISODE).requests()).isEqualTo(100);
			assertThat(eight.failures()).isEmpty();
			assertThat(eight.errors()).isZero();
			assertThat(eight.kinds()).extracting(HttpLoad.Stats::requests).containsExactly(200, 200, 200);
			for (HttpLoad.Stats stats : eight.kinds()) {
				assertThat(stats.max()).isGreaterThanOrEqualTo(stats.p99()).isGreaterThanOrEqualTo(stats.p50())
					.isPositive()
					.isLessThan(HttpLoad.TIMEOUT.toMillis());
			}
			HttpBenchmark.print(List.of(new HttpBenchmark.Result(300, one), new HttpBenchmark.Result(300, eight)));
		}
		assertThat(Files.readString(data.resolve("bench-catalogue.properties"))).contains("episodes=300");
	}

}
