package dev.podgraph.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A short run of the recommendations benchmark ({@code bench/recommend.sh} runs the long one): every episode picked
 * has related episodes and recommendations, and the latencies are measured.
 */
class RecommendBenchmarkTests {

	@Test
	void aShortRunFindsRelatedEpisodesForEveryEpisodePicked() throws IOException {
		RecommendBenchmark.Result result = RecommendBenchmark.run(300, 60);

		assertThat(result.episodes()).isEqualTo(300);
		assertThat(result.meanRelated()).isEqualTo(10.0);
		assertThat(result.listRate()).isPositive();
		for (RecommendBenchmark.Latency latency : List.of(result.related(), result.recommendations(), result.live(),
				result.floor())) {
			assertThat(latency.p99()).isGreaterThanOrEqualTo(latency.p50()).isPositive();
		}
		RecommendBenchmark.print(List.of(result));
	}

}
