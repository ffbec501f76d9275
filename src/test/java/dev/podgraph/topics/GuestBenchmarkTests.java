package dev.podgraph.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestBenchmark.Result;

/**
 * A short run of the guests-by-topic benchmark ({@code bench/guests.sh} runs the long one): every synthetic episode
 * is embedded, with its evidence, and every question by taxonomy or meaning finds guests, by every way of reading and
 * with a second depth of the searches.
 */
class GuestBenchmarkTests {

	@Test
	void aShortRunEmbedsEveryEpisodeAndAnswersEveryQuestion() throws IOException {
		Result result = GuestBenchmark.run(200, 32, true, List.of(GuestBenchmark.Reads.values()),
				List.of(GuestBenchmark.depth("15,15,10,10,5,3")));

		// One text per episode, one per topic each discussed, and the vocabulary's topics: more than two per episode.
		assertThat(result.texts()).isGreaterThan(2L * result.episodes());
		assertThat(result.ingestRate()).isPositive();
		assertThat(result.embeddingRate()).isPositive();
		assertThat(result.latencies()).extracting(GuestBenchmark.Latency::method)
			.containsOnly(Method.values())
			.hasSize(Method.values().length * (GuestBenchmark.Reads.values().length + 1));
		assertThat(result.latencies()).extracting(GuestBenchmark.Latency::reads)
			.contains("in-process, side by side, depth 15/15/10/10/5/3");
		// Every way of reading gives the application's answers; a shallower search may differ, but not in everything.
		assertThat(result.latencies()).filteredOn(l -> !l.reads().contains("depth"))
			.allSatisfy(l -> assertThat(l.sameFirst()).isEqualTo(1.0))
			.allSatisfy(l -> assertThat(l.shared()).isEqualTo(1.0));
		assertThat(result.latencies()).filteredOn(l -> l.reads().contains("depth"))
			.allSatisfy(l -> assertThat(l.shared()).isPositive());
		assertThat(result.latencies()).allSatisfy(l -> assertThat(l.p99()).isGreaterThanOrEqualTo(l.p50()).isPositive());
		assertThat(result.floor().p50()).isPositive();
		assertThat(result.twoThreads().p99()).isGreaterThanOrEqualTo(result.twoThreads().p50()).isPositive();
		GuestBenchmark.print(List.of(result));
	}

}
