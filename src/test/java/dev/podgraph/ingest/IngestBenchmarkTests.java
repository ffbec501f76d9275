package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.ingest.IngestBenchmark.Result;

/**
 * A short run of the ingest benchmark ({@code bench/ingest.sh} runs the long one): the synthetic pages are all read,
 * every episode reaches the graph on each path, and the batched path writes faster than {@code saveAll}.
 */
class IngestBenchmarkTests {

	@Test
	void aShortRunIngestsEveryPageAndTheBatchedPathOutrunsSaveAll() throws IOException {
		Result ingest = IngestBenchmark.ingest(400);
		Result batched = IngestBenchmark.write(300, IngestBenchmark.BATCHED,
				(app, batch) -> app.getBean(EpisodeWriter.class).writeAll(batch));
		Result saveAll = IngestBenchmark.write(150, IngestBenchmark.SAVE_ALL,
				(app, batch) -> new SpringDataWriter(app).saveAll(batch));

		assertThat(ingest.refused()).isZero();
		assertThat(ingest.inGraph()).isEqualTo(400);
		assertThat(batched.inGraph()).isEqualTo(300);
		assertThat(saveAll.inGraph()).isEqualTo(150);
		assertThat(batched.rate()).isGreaterThan(saveAll.rate());
		IngestBenchmark.print(java.util.List.of(ingest, batched, saveAll));
	}

}
