package dev.podgraph.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.ingest.resolve.EntityResolver;

/**
 * Ingests synthetic show-notes pages into a fresh embedded Neo4j at several sizes and reports episodes per second and
 * peak heap: the whole ingest as the {@code ingest} command runs it ({@link PageImporter#importAll}), and, on the same
 * episodes, the write alone through the batched path and through Spring Data repositories' {@code saveAll}.
 * <p>
 * Run it with {@code bench/ingest.sh}; the test suite runs a small size.
 */
public final class IngestBenchmark {

	/**
	 * One measured run.
	 * @param measurement what was measured
	 * @param episodes how many episodes
	 * @param seconds how long it took
	 * @param peakHeapMb the most heap in use during the run
	 * @param refused pages that were refused
	 * @param inGraph how many episodes the graph held afterwards
	 */
	public record Result(String measurement, int episodes, double seconds, long peakHeapMb, long refused, long inGraph) {

		/** @return episodes per second */
		public double rate() {
			return episodes / seconds;
		}

	}

	public static final String INGEST = "ingest (read + write, pipelined)";

	public static final String BATCHED = "write: batched UNWIND ... MERGE";

	public static final String SAVE_ALL = "write: Spring Data saveAll";

	private static final int BATCH = 500;

	private static final int PODCASTS = 50;

	private static final int WARM_UP = Integer.getInteger("warmUp", 5_000);

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Integer> sizes = sizes(args, "--sizes=", List.of(1_000, 10_000, 100_000));
		List<Integer> saveAllSizes = sizes(args, "--save-all-sizes=", List.of(1_000, 10_000));
		// The first thousands of episodes also compile the parser's and Neo4j's hot paths: run them once, unmeasured,
		// so that the first measurement is not the only one paying for it.
		System.out.printf(Locale.ROOT, "warm-up: %,.0f episodes/s%n", ingest(WARM_UP).rate());
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			results.add(ingest(size));
			results.add(write(size, BATCHED, (app, batch) -> app.getBean(EpisodeWriter.class).writeAll(batch)));
			if (saveAllSizes.contains(size)) {
				results.add(write(size, SAVE_ALL, (app, batch) -> new SpringDataWriter(app).saveAll(batch)));
			}
			print(results);
		}
		System.out.println("peak resident memory of the benchmark process: " + peakResidentMb() + " MB");
	}

	/** The whole ingest of {@code size} pages, as the {@code ingest} command runs it, into a fresh database. */
	public static Result ingest(int size) throws IOException {
		return withFreshDatabase(app -> {
			PageImporter importer = app.getBean(PageImporter.class);
			Iterator<PageSource> sources = new SyntheticPages(42, PODCASTS).sources(size);
			resetPeaks();
			long started = System.nanoTime();
			IngestReport report = importer.importAll(sources, null, batch -> {
			});
			return new Result(INGEST, size, (System.nanoTime() - started) / 1e9, peakHeapMb(), report.failures().size(),
					episodesIn(app));
		});
	}

	/** The same episodes written alone, batch by batch, by {@code writer}; reading the pages is not timed. */
	static Result write(int size, String measurement, BiConsumer<ApplicationContext, List<ExtractedEpisode>> writer)
			throws IOException {
		return withFreshDatabase(app -> {
			PageImporter importer = app.getBean(PageImporter.class);
			SyntheticPages pages = new SyntheticPages(42, PODCASTS);
			EntityResolver resolver = importer.resolver();
			resetPeaks();
			long writing = 0;
			long refused = 0;
			for (int from = 0; from < size; from += BATCH) {
				List<PageSource> sources = new ArrayList<>();
				for (int i = from; i < Math.min(size, from + BATCH); i++) {
					sources.add(new PageSource("page-" + i, pages.page(i).getBytes(StandardCharsets.UTF_8), "text/plain"));
				}
				List<PageFailure> failures = new ArrayList<>();
				List<ExtractedEpisode> batch = importer.extractAll(sources, null, resolver, failures)
					.stream()
					.map(EpisodeBatches.Sourced::episode)
					.toList();
				refused += failures.size();
				long started = System.nanoTime();
				writer.accept(app, batch);
				writing += System.nanoTime() - started;
			}
			return new Result(measurement, size, writing / 1e9, peakHeapMb(), refused, episodesIn(app));
		});
	}

	private static long episodesIn(ApplicationContext app) {
		return app.getBean(org.neo4j.driver.Driver.class)
			.executableQuery("MATCH (e:Episode) RETURN count(e)")
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
	}

	private interface Run {

		Result on(ApplicationContext app);

	}

	private static Result withFreshDatabase(Run run) throws IOException {
		Path data = Files.createTempDirectory("podgraph-bench");
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false", "podgraph.embedded.page-cache=256MB",
				"podgraph.ingest.batch-size=" + BATCH, "logging.level.root=WARN")) {
			return run.on(app.context());
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| measurement | episodes | seconds | episodes/s | peak heap (MB) | refused |");
		System.out.println("|---|---:|---:|---:|---:|---:|");
		for (Result r : results) {
			System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %d | %d |%n", r.measurement(), r.episodes(),
					r.seconds(), r.rate(), r.peakHeapMb(), r.refused());
		}
		for (Result saveAll : results) {
			results.stream()
				.filter(r -> r.measurement().equals(BATCHED) && r.episodes() == saveAll.episodes()
						&& saveAll.measurement().equals(SAVE_ALL))
				.forEach(batched -> System.out.printf(Locale.ROOT,
						"at %,d episodes the batched path writes %.0f times as fast as saveAll%n", batched.episodes(),
						batched.rate() / saveAll.rate()));
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

	static long peakResidentMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
		return -1;
	}

	private static List<Integer> sizes(String[] args, String option, List<Integer> defaults) {
		return Arrays.stream(args)
			.filter(a -> a.startsWith(option))
			.findFirst()
			.map(a -> a.substring(option.length()).isBlank() ? List.<Integer>of()
					: Arrays.stream(a.substring(option.length()).split(",")).map(Integer::valueOf).toList())
			.orElse(defaults);
	}

}
