package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.podgraph.ingest.FeedBenchmark.Way;

/**
 * A short run of the feed benchmark ({@code bench/feeds.sh} runs the long one): the largest fixture parses both ways,
 * a generated feed is read as a stream and in memory to the same number of items, and ingesting it creates an
 * episode for every item.
 */
class FeedBenchmarkTests {

	@Test
	void aShortRunReadsAndIngestsEveryItemOfAGeneratedFeed(@TempDir Path dir) throws IOException {
		assertThat(FeedBenchmark.parseThroughput(Duration.ofMillis(400)))
			.hasSize(3)
			.allSatisfy(line -> assertThat(line).doesNotContain(" 0 items/s").doesNotContain("NaN"));

		Path file = dir.resolve("feed.xml");
		int items = FeedBenchmark.generate(file, 1024 * 1024);
		byte[] content = Files.readAllBytes(file);

		assertThat(items).isGreaterThan(300);
		for (Way way : Way.values()) {
			assertThat(FeedBenchmark.readGenerated(way, content, items)).contains(String.format(java.util.Locale.ROOT, "%,d items, %s", items, way));
		}
		assertThat(FeedBenchmark.ingestGenerated(dir, content, items))
			.contains(String.format(java.util.Locale.ROOT, "%,d episodes created", items));
	}

}
