package dev.podgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks' warm-up: rounds until the JIT compilers have settled, never more than asked for.
 */
class TimingsTests {

	@Test
	void aWarmUpStopsAtTheFirstRoundThatHardlyCompilesAndNeverRunsMoreRoundsThanAllowed() {
		AtomicInteger rounds = new AtomicInteger();
		// A sleep compiles nothing; whatever else this JVM compiles meanwhile may still keep a round from settling.
		Timings.WarmUp warmUp = Timings.settle(() -> {
			rounds.incrementAndGet();
			sleep(100);
		}, 10);

		assertThat(warmUp.rounds()).isEqualTo(rounds.get()).isBetween(1, 10);
		assertThat(warmUp.settled()).isEqualTo(warmUp.compiling() < Timings.SETTLED);
		if (!warmUp.settled()) {
			assertThat(warmUp.rounds()).isEqualTo(10);
		}
	}

	@Test
	void noRoundsAllowedIsNoWarmUp() {
		AtomicInteger rounds = new AtomicInteger();

		Timings.WarmUp warmUp = Timings.settle(rounds::incrementAndGet, 0);

		assertThat(rounds).hasValue(0);
		assertThat(warmUp.rounds()).isZero();
		assertThat(warmUp.settled()).isFalse();
	}

	@Test
	void theTwoThreadJobTakesAboutAsLongAsAsked() {
		double[] millis;
		try (Timings.TwoThreadWork work = Timings.TwoThreadWork.lasting(5)) {
			millis = Timings.measure(40, i -> work.time());
		}

		assertThat(millis).hasSize(40).isSorted();
		// Each half sized to 5 ms on an idle core; the two halves side by side take about that at their fastest. Only
		// about: with a benchmark running beside the build, the sizing itself was off by a few times either way (the
		// fastest 1.2 ms, the median 16), so the bounds catch a wrong unit or a half that never ends, not the load.
		assertThat(millis[0]).isBetween(1.0, 25.0);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
