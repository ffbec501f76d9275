package dev.podgraph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Latencies for the benchmarks: a warm-up, then each run timed, and the percentiles of what was measured.
 */
public final class Timings {

	private Timings() {
	}

	/**
	 * @param queries how many runs to time, after {@code max(50, queries / 5)} runs of warm-up
	 * @param run one run, given its number (warm-up runs first, from 0)
	 * @return the milliseconds each timed run took, sorted
	 */
	public static double[] measure(int queries, java.util.function.IntConsumer run) {
		int warmUp = warmUp(queries);
		for (int i = 0; i < warmUp; i++) {
			run.accept(i);
		}
		double[] millis = new double[queries];
		for (int i = 0; i < queries; i++) {
			long started = System.nanoTime();
			run.accept(warmUp + i);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	/** @return how many warm-up runs {@link #measure} makes before timing {@code queries} */
	public static int warmUp(int queries) {
		return Math.max(50, queries / 5);
	}

	/**
	 * What any read costs on this machine before it does anything: {@code RETURN 1} in a read-only transaction through
	 * Spring Data Neo4j's client, as the application's reads run.
	 * @return the milliseconds each timed run took, sorted
	 */
	public static double[] floor(ApplicationContext context, int queries) {
		Neo4jClient neo4j = context.getBean(Neo4jClient.class);
		TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		readOnly.setReadOnly(true);
		return measure(queries,
				i -> readOnly.executeWithoutResult(status -> neo4j.query("RETURN 1 AS one").fetchAs(Long.class).one()));
	}

	/**
	 * A fixed piece of work split over two threads, as a question's searches are: arithmetic alone (no memory to speak
	 * of, no allocation, no lock), half on the caller's thread and half on another, each half sized to take a given
	 * time on an idle core. Its median is about that time; how far its p99 lies above is the machine's doing (other
	 * processes, the host), not the code's, and sets a floor under the p99 of any work of that median on two threads.
	 */
	public static final class TwoThreadWork implements AutoCloseable {

		private final long steps;

		private final ExecutorService other = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "timings-other-half");
			thread.setDaemon(true);
			return thread;
		});

		private TwoThreadWork(long steps) {
			this.steps = steps;
		}

		/**
		 * @param millis how long each half takes on an idle core
		 * @return the work, with its thread started
		 */
		public static TwoThreadWork lasting(double millis) {
			return new TwoThreadWork(stepsFor(millis));
		}

		/** @return how many milliseconds the two halves took together, from the first's start to the last's end */
		public double time() {
			long started = System.nanoTime();
			Future<Long> half = other.submit(() -> spin(steps));
			long mine = spin(steps);
			try {
				sink += mine ^ half.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
			return (System.nanoTime() - started) / 1e6;
		}

		@Override
		public void close() {
			other.shutdownNow();
		}

	}

	/** Keeps the JIT from dropping the arithmetic as unused. */
	private static volatile long sink;

	/** @return how many {@link #spin} steps take {@code millis} on this thread's core, at its fastest of five tries */
	static long stepsFor(double millis) {
		long steps = 100_000;
		double fastest;
		while (true) {
			fastest = Double.MAX_VALUE;
			for (int i = 0; i < 5; i++) {
				long started = System.nanoTime();
				sink += spin(steps);
				fastest = Math.min(fastest, (System.nanoTime() - started) / 1e6);
			}
			// Long enough to time well, and the JIT done with spin after the first rounds.
			if (fastest >= 20) {
				break;
			}
			steps *= 2;
		}
		return Math.max(1, Math.round(steps * millis / fastest));
	}

	/** Arithmetic that no compiler can shorten: each step depends on the one before. */
	static long spin(long steps) {
		long hash = 0xcbf29ce484222325L;
		for (long i = 0; i < steps; i++) {
			hash = Long.rotateLeft((hash ^ i) * 0x100000001b3L, 7);
		}
		return hash;
	}

	/** @return the {@code p} percentile (0 to 1) of sorted values, nearest rank */
	public static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** A warm-up round that spends less than this share of its time compiling is taken for the JIT's steady state. */
	public static final double SETTLED = 0.01;

	/**
	 * How a warm-up ended.
	 * @param rounds the rounds run
	 * @param settled whether the last round spent less than {@link #SETTLED} of its time compiling
	 * @param compiling the share of the last round's time that the JIT compilers spent compiling (NaN if none ran, or
	 * the JVM does not say)
	 */
	public record WarmUp(int rounds, boolean settled, double compiling) {
	}

	/**
	 * Runs {@code round} until the JIT compilers have settled, at most {@code maxRounds} times. A server that has
	 * answered for a few minutes runs compiled code; timing after a few hundred runs measures the compilers too: at 100k
	 * episodes, questions by every method kept the compilers busy for 1.5 s during the second thousand of each, 0.1 s
	 * during the seventh, and the questions by meaning went from 6.0 / 11.5 to 4.8 / 8.6 ms (p50 / p99).
	 * @param round work that touches every path to be timed
	 * @param maxRounds the most rounds to run
	 * @return how the warm-up ended
	 */
	public static WarmUp settle(Runnable round, int maxRounds) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
		double compiling = Double.NaN;
		for (int i = 1; i <= maxRounds; i++) {
			long compiled = measurable ? jit.getTotalCompilationTime() : 0;
			long started = System.nanoTime();
			round.run();
			if (measurable) {
				double millis = (System.nanoTime() - started) / 1e6;
				compiling = (jit.getTotalCompilationTime() - compiled) / millis;
				if (compiling < SETTLED) {
					return new WarmUp(i, true, compiling);
				}
			}
		}
		return new WarmUp(maxRounds, false, compiling);
	}

}
