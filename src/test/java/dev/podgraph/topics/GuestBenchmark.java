package dev.podgraph.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.bench.Timings;
import dev.podgraph.config.EmbeddedNeo4j;
import dev.podgraph.graph.BoltReads;
import dev.podgraph.graph.GraphReads;
import dev.podgraph.graph.InProcessReads;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.search.Embedder;
import dev.podgraph.search.EmbeddingPass;
import dev.podgraph.search.Searches;
import dev.podgraph.topics.GuestAnswer.Method;

/**
 * "Which guests talked about X?" on synthetic catalogues of growing size: ingest throughput, then the background
 * embedding pass's throughput, then p50 and p99 latency of {@link GuestFinder#find} for each method over questions
 * in several wordings. Every size starts from a fresh embedded Neo4j.
 * <p>
 * Run it with {@code bench/guests.sh}; the test suite runs a small size.
 */
public final class GuestBenchmark {

	/** Questions in the wordings users type: topic names, paraphrases, and words that name no topic. */
	public static final List<String> QUESTIONS = List.of("ethics", "bias", "AI ethics", "responsible AI", "bias in models",
			"data governance", "fraud", "hiring data engineers", "privacy and regulation", "machine learning",
			"storytelling with data", "cloud", "supply chain", "clinical trials", "diversity", "return on investment");

	/**
	 * One size measured.
	 * @param episodes episodes in the catalogue
	 * @param ingestRate episodes ingested per second
	 * @param embeddingRate episodes embedded per second (each with the evidence of every topic it discussed)
	 * @param texts texts embedded (episodes, evidence, topics)
	 * @param latencies per method, the latencies in milliseconds, sorted
	 * @param floor the latency of {@code RETURN 1} in a read-only transaction through the driver (Bolt): what any
	 * read costs on this machine before it does anything
	 * @param twoThreads the latency of fixed work on two threads as long as the median question by meaning, timed
	 * taking turns with those questions ({@link Timed#twoThreads})
	 */
	public record Result(int episodes, double ingestRate, double embeddingRate, long texts, List<Latency> latencies,
			Latency floor, Latency twoThreads) {
	}

	/**
	 * @param method how questions were read
	 * @param reads how the catalogue was read
	 * @param p50 median, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param queries how many were timed
	 */
	public record Latency(Method method, Reads reads, double p50, double p99, int queries) {
	}

	/** Ways of reading the catalogue, to compare in one run. */
	public enum Reads {

		/** What the application does with the embedded Neo4j: in-process reads, a question's searches side by side. */
		IN_PROCESS_SIDE_BY_SIDE("in-process, side by side (default)", true, true),
		/** In-process reads, the searches one after another. */
		IN_PROCESS_ONE_BY_ONE("in-process, one after another", true, false),
		/** Through the driver and Bolt on loopback, as with a Neo4j server, the searches one after another. */
		BOLT_ONE_BY_ONE("Bolt, one after another", false, false);

		final String label;

		final boolean inProcess;

		final boolean sideBySide;

		Reads(String label, boolean inProcess, boolean sideBySide) {
			this.label = label;
			this.inProcess = inProcess;
			this.sideBySide = sideBySide;
		}

	}

	private static final int PODCASTS = 50;

	private GuestBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Integer> sizes = option(args, "--sizes=").map(GuestBenchmark::ints).orElse(List.of(1_000, 10_000, 100_000));
		int queries = option(args, "--queries=").map(Integer::parseInt).orElse(500);
		boolean evidence = option(args, "--evidence=").map(Boolean::parseBoolean).orElse(true);
		List<Reads> reads = option(args, "--compare").isPresent() ? List.of(Reads.values())
				: List.of(Reads.IN_PROCESS_SIDE_BY_SIDE);
		// --set=property=value, as often as needed: the application's settings for the run (after the benchmark's own).
		List<String> settings = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6)).toList();
		// The most warm-up rounds before timing, each every wording ten times by every method (0: none).
		int settle = option(args, "--settle=").map(Integer::parseInt).orElse(60);
		Optional<Path> catalogue = option(args, "--data=").map(Path::of);
		if (catalogue.isPresent()) {
			// A catalogue built and embedded before, such as the HTTP benchmark's (the same synthetic pages): only
			// the questions are timed.
			boolean perQuestion = option(args, "--per-question").isPresent();
			print(List.of(timeOn(catalogue.get(), queries, reads, perQuestion, settings, settle)));
			return;
		}
		Optional<Path> keep = option(args, "--keep=").map(Path::of);
		if (keep.isPresent() && sizes.size() != 1) {
			throw new IllegalArgumentException("--keep= keeps one catalogue: give one size with --sizes=");
		}
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			results.add(run(size, queries, evidence, reads, keep, settings, settle));
			print(results);
		}
	}

	/**
	 * Ingests {@code size} synthetic episodes into a fresh database, embeds them (with the evidence lines or not), and
	 * times {@code queries} per method and way of reading.
	 */
	public static Result run(int size, int queries, boolean evidence, List<Reads> reads) throws IOException {
		return run(size, queries, evidence, reads, Optional.empty(), List.of(), 0);
	}

	/**
	 * As {@link #run(int, int, boolean, List)}; with {@code keep}, the catalogue is built in that folder, which must
	 * not exist yet, and left there for later runs with {@code --data=}.
	 */
	static Result run(int size, int queries, boolean evidence, List<Reads> reads, Optional<Path> keep,
			List<String> settings, int settle) throws IOException {
		if (keep.isPresent() && Files.exists(keep.get())) {
			throw new IllegalArgumentException(keep.get() + " exists already; choose a new folder for --keep=");
		}
		Path data = keep.isPresent() ? Files.createDirectories(keep.get()) : Files.createTempDirectory("podgraph-bench");
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(with(settings,
				"podgraph.embedded.data-dir=" + data, "podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.embedded.page-cache=512MB", "podgraph.search.embeddings.background=false",
				"podgraph.search.embeddings.evidence=" + evidence, "logging.level.root=WARN"))) {
			ApplicationContext context = app.context();
			long started = System.nanoTime();
			IngestReport report = context.getBean(PageImporter.class).importAll(new SyntheticPages(42, PODCASTS).sources(size), null, batch -> {
			});
			double ingestSeconds = (System.nanoTime() - started) / 1e9;
			if (!report.failures().isEmpty()) {
				throw new IllegalStateException(report.failures().size() + " synthetic pages were refused");
			}
			EmbeddingPass.Result embedded = context.getBean(EmbeddingPass.class).catchUp();
			Timed timed = time(context, queries, reads, settle);
			return new Result(size, size / ingestSeconds, embedded.episodes() / embedded.seconds(), embedded.texts(),
					timed.latencies(), floor(context, queries), timed.twoThreads());
		}
		finally {
			if (keep.isEmpty()) {
				FileSystemUtils.deleteRecursively(data);
			}
		}
	}

	/** Times the questions on a catalogue already in a folder; ingest and embedding rates are not measured. */
	static Result timeOn(Path data, int queries, List<Reads> reads, boolean perQuestion, List<String> settings,
			int settle) {
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(with(settings,
				"podgraph.embedded.data-dir=" + data, "podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.embedded.page-cache=512MB", "podgraph.search.embeddings.background=false",
				"podgraph.recommend.lists.background=false", "logging.level.root=WARN"))) {
			ApplicationContext context = app.context();
			long episodes = context.getBean(org.springframework.data.neo4j.core.Neo4jClient.class)
				.query("MATCH (e:Episode) RETURN count(e)")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			Timed timed = time(context, queries, reads, settle);
			if (perQuestion) {
				// After the timing above, which warmed everything up.
				printPerQuestion(context.getBean(GuestFinder.class), queries / QUESTIONS.size());
			}
			return new Result((int) episodes, Double.NaN, Double.NaN, 0, timed.latencies(), floor(context, queries),
					timed.twoThreads());
		}
	}

	/**
	 * The latencies of one catalogue's questions.
	 * @param latencies per method and way of reading
	 * @param twoThreads fixed work on two threads ({@link Timings.TwoThreadWork}) as long as the first way's median
	 * question by meaning, timed taking turns with those questions: how far above that median this machine, at that
	 * time, puts the p99 of any such work
	 */
	record Timed(List<Latency> latencies, Latency twoThreads) {
	}

	/**
	 * Times each method with each way of reading. The ways take turns question by question, each first in turn, so
	 * that whatever else the machine does meanwhile (and what one way leaves behind for the next, such as garbage)
	 * weighs on all of them alike; so does, with the questions by meaning, fixed work on two threads of their median.
	 * First, up to {@code settle} rounds of warm-up, until the JIT has settled ({@link Timings#settle}): the latencies
	 * are those of a server that has been answering for a while.
	 */
	static Timed time(ApplicationContext context, int queries, List<Reads> reads, int settle) {
		List<GuestFinder> finders = reads.stream().map(r -> finder(context, r)).toList();
		// First the JIT's warm-up: rounds of every wording ten times by every method and way, until it has settled.
		Timings.WarmUp jit = Timings.settle(() -> {
			for (int i = 0; i < 10 * QUESTIONS.size(); i++) {
				for (Method method : Method.values()) {
					for (GuestFinder finder : finders) {
						finder.find(QUESTIONS.get(i % QUESTIONS.size()), method, 10);
					}
				}
			}
		}, settle);
		if (settle > 0) {
			System.out.printf(Locale.ROOT, "JIT warm-up: %d rounds of %,d questions, the last %.1f%% compiling: %s%n",
					jit.rounds(), 10 * QUESTIONS.size() * Method.values().length * finders.size(), 100 * jit.compiling(),
					jit.settled() ? "settled" : "not settled (more with --settle=)");
		}
		List<Latency> latencies = new ArrayList<>();
		double[] fixed = new double[queries];
		for (Method method : Method.values()) {
			double[][] millis = new double[reads.size()][queries];
			// The warm-up compiles the hot paths and fills the page cache; its first way's questions, timed, give the
			// median that the fixed work is sized to.
			int warmUp = Timings.warmUp(queries);
			double[] warming = new double[warmUp];
			Timings.TwoThreadWork work = null;
			try {
				for (int i = 0; i < warmUp + queries; i++) {
					if (method == Method.MEANING && i == warmUp) {
						Arrays.sort(warming);
						work = Timings.TwoThreadWork.lasting(Timings.percentile(warming, 0.50));
					}
					String question = QUESTIONS.get(i % QUESTIONS.size());
					for (int turn = 0; turn < finders.size(); turn++) {
						int r = (i + turn) % finders.size();
						long started = System.nanoTime();
						GuestAnswer answer = finders.get(r).find(question, method, 10);
						double took = (System.nanoTime() - started) / 1e6;
						if (i >= warmUp) {
							millis[r][i - warmUp] = took;
						}
						else if (r == 0) {
							warming[i] = took;
						}
						if (answer.guests().isEmpty() && method != Method.WORDS) {
							throw new IllegalStateException("no guests for \"" + question + "\" by " + method);
						}
					}
					if (work != null) {
						fixed[i - warmUp] = work.time();
					}
				}
			}
			finally {
				if (work != null) {
					work.close();
				}
			}
			for (int r = 0; r < finders.size(); r++) {
				Arrays.sort(millis[r]);
				latencies.add(new Latency(method, reads.get(r), Timings.percentile(millis[r], 0.50),
						Timings.percentile(millis[r], 0.99), queries));
			}
		}
		Arrays.sort(fixed);
		return new Timed(latencies,
				new Latency(null, null, Timings.percentile(fixed, 0.50), Timings.percentile(fixed, 0.99), queries));
	}

	/**
	 * Times each wording on its own, {@code queries} times per method after a warm-up, to tell a slow wording from a
	 * slow moment: p50, p90 and the slowest.
	 */
	static void printPerQuestion(GuestFinder finder, int queries) {
		System.out.println();
		System.out.println("| method | question | p50 (ms) | p90 (ms) | max (ms) |");
		System.out.println("|---|---|---:|---:|---:|");
		for (Method method : Method.values()) {
			for (String question : QUESTIONS) {
				double[] millis = Timings.measure(queries, i -> finder.find(question, method, 10));
				System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |%n", method, question,
						Timings.percentile(millis, 0.5), Timings.percentile(millis, 0.9), millis[millis.length - 1]);
			}
		}
	}

	/** A finder that reads the catalogue as {@code way} says, with the application's other parts. */
	static GuestFinder finder(ApplicationContext context, Reads way) {
		GraphReads reads = way.inProcess ? new InProcessReads(context.getBean(EmbeddedNeo4j.class)::database)
				: new BoltReads(context.getBean(Neo4jClient.class), context.getBean(PlatformTransactionManager.class));
		return finder(context, reads,
				way.sideBySide ? context.getBean("searches", Executor.class) : Searches.ONE_AFTER_ANOTHER);
	}

	/** A finder that reads the catalogue through {@code reads}, its searches run by {@code executor}. */
	static GuestFinder finder(ApplicationContext context, GraphReads reads, Executor executor) {
		return new GuestFinder(context.getBean(TopicExtractor.class), context.getBean(Taxonomy.class),
				Searches.catalogueSearch(reads, executor), context.getBean(Embedder.class), new GuestQueries(reads));
	}

	/**
	 * @return the benchmark's properties, each replaced by the one of the same name given with {@code --set=} (a
	 * property given twice on the command line would read as both values joined)
	 */
	private static String[] with(List<String> settings, String... properties) {
		Map<String, String> all = new LinkedHashMap<>();
		for (String property : Stream.concat(Stream.of(properties), settings.stream()).toList()) {
			all.put(property.substring(0, Math.max(0, property.indexOf('='))), property);
		}
		return all.values().toArray(String[]::new);
	}

	static Latency floor(ApplicationContext context, int queries) {
		double[] millis = Timings.floor(context, queries);
		return new Latency(null, null, Timings.percentile(millis, 0.50), Timings.percentile(millis, 0.99), queries);
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| episodes | ingest (episodes/s) | embedding (episodes/s) | texts embedded | method | reads | p50 (ms) | p99 (ms) |");
		System.out.println("|---:|---:|---:|---:|---|---|---:|---:|");
		for (Result r : results) {
			for (Latency l : r.latencies()) {
				System.out.printf(Locale.ROOT, "| %,d | %,.0f | %,.0f | %,d | %s | %s | %.1f | %.1f |%n", r.episodes(),
						r.ingestRate(), r.embeddingRate(), r.texts(), l.method(), l.reads().label, l.p50(), l.p99());
			}
			System.out.printf(Locale.ROOT, "| %,d | | | | floor: RETURN 1 | Bolt | %.1f | %.1f |%n", r.episodes(),
					r.floor().p50(), r.floor().p99());
			System.out.printf(Locale.ROOT, "| %,d | | | | floor: fixed work on two threads | taking turns with MEANING | %.1f | %.1f |%n",
					r.episodes(), r.twoThreads().p50(), r.twoThreads().p99());
		}
	}

	private static Optional<String> option(String[] args, String name) {
		return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst();
	}

	private static List<Integer> ints(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
	}

}
