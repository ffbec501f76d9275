package dev.podgraph.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestBenchmark.Result;

/**
 * A short run of the guests-by-topic benchmark ({@code bench/guests.sh} runs the long one): every synthetic episode
 * is embedded, with its evidence, and every question by taxonomy or meaning finds guests.
 */
class GuestBenchmarkTests {

	@Test
	void aShortRunEmbedsEveryEpisodeAndAnswersEveryQuestion() throws IOException {
		Result result = GuestBenchmark.run(200, 32, true, List.of(GuestBenchmark.Reads.values()));

		// One text per episode, one per topic each discussed, and the vocabulary's topics: more than two per episode.
		assertThat(result.texts()).isGreaterThan(2L * result.episodes());
		assertThat(result.ingestRate()).isPositive();
		assertThat(result.embeddingRate()).isPositive();
		assertThat(result.latencies()).extracting(GuestBenchmark.Latency::method)
			.containsOnly(Method.values())
			.hasSize(Method.values().length * GuestBenchmark.Reads.values().length);
		assertThat(result.latencies()).allSatisfy(l -> assertThat(l.p99()).isGreaterThanOrEqualTo(l.p50()).isPositive());
		assertThat(result.floor().p50()).isPositive();
		assertThat(result.twoThreads().p99()).isGreaterThanOrEqualTo(result.twoThreads().p50()).isPositive();
		GuestBenchmark.print(List.of(result));
	}

}
