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

import dev.podgraph.FixtureCatalogue;
import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.bench.Timings;
import dev.podgraph.config.EmbeddedNeo4j;
import dev.podgraph.graph.BoltReads;
import dev.podgraph.graph.GraphReads;
import dev.podgraph.graph.InProcessReads;
import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.search.Embedder;
import dev.podgraph.search.EmbeddingPass;
import dev.podgraph.search.Searches;
import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestFinder.Depth;
import dev.podgraph.topics.GuestSearchEvaluation.Question;
import dev.podgraph.topics.GuestSearchEvaluation.Scores;

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
	 * @param reads how the catalogue was read: a {@link Reads}'s label, with the depth of the searches where not the default
	 * @param p50 median, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param queries how many were timed
	 * @param sameFirst the share of the benchmark's questions whose first guest is the first way's first guest
	 * @param shared the share of the first way's guests (ten at most) that this way answers too, on average
	 */
	public record Latency(Method method, String reads, double p50, double p99, int queries, double sameFirst,
			double shared) {
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
		// --depth=25,25,15,15,10,5, as often as needed: other depths of the searches (GuestFinder.Depth), each timed taking
		// turns with the default.
		List<Depth> depths = Arrays.stream(args)
			.filter(a -> a.startsWith("--depth="))
			.map(a -> depth(a.substring("--depth=".length())))
			.toList();
		// --set=property=value, as often as needed: the application's settings for the run (after the benchmark's own).
		List<String> settings = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6)).toList();
		// The most warm-up rounds before timing, each every wording ten times by every method (0: none).
		int settle = option(args, "--settle=").map(Integer::parseInt).orElse(60);
		if (option(args, "--evaluate").isPresent()) {
			// The evaluation set's questions, among synthetic episodes on the same topics: how each depth holds up.
			for (int size : sizes) {
				evaluateAmong(size, depths, settings);
			}
			return;
		}
		Optional<Path> catalogue = option(args, "--data=").map(Path::of);
		if (catalogue.isPresent()) {
			// A catalogue built and embedded before, such as the HTTP benchmark's (the same synthetic pages): only
			// the questions are timed.
			boolean perQuestion = option(args, "--per-question").isPresent();
			print(List.of(timeOn(catalogue.get(), queries, reads, depths, perQuestion, settings, settle)));
			return;
		}
		Optional<Path> keep = option(args, "--keep=").map(Path::of);
		if (keep.isPresent() && sizes.size() != 1) {
			throw new IllegalArgumentException("--keep= keeps one catalogue: give one size with --sizes=");
		}
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			results.add(run(size, queries, evidence, reads, depths, keep, settings, settle));
			print(results);
		}
	}

	/**
	 * Ingests {@code size} synthetic episodes into a fresh database, embeds them (with the evidence lines or not), and
	 * times {@code queries} per method and way of reading, and the application's way with the searches as deep as each
	 * of {@code depths}.
	 */
	public static Result run(int size, int queries, boolean evidence, List<Reads> reads, List<Depth> depths)
			throws IOException {
		return run(size, queries, evidence, reads, depths, Optional.empty(), List.of(), 0);
	}

	/**
	 * As {@link #run(int, int, boolean, List, List)}; with {@code keep}, the catalogue is built in that folder,
	 * which must not exist yet, and left there for later runs with {@code --data=}.
	 */
	static Result run(int size, int queries, boolean evidence, List<Reads> reads, List<Depth> depths,
			Optional<Path> keep, List<String> settings, int settle) throws IOException {
		if (keep.isPresent() && Files.exists(keep.get())) {
			throw new IllegalArgumentException(keep.get() + " exists already; choose a new folder for --keep=");
		}
		Path data = keep.isPresent() ? Files.createDirectories(keep.get()) : Files.createTempDirectory("podgraph-bench");
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(with(settings,
				"podgraph.embedded.data-dir=" + data, "podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.embedded.page-cache=512MB", "podgraph.search.embeddings.background=false",
				"podgraph.search.embeddings.evidence=" + evidence, "logging.level.root=WARN"))) {
			ApplicationContext context = app.context();
			double ingestSeconds = ingestSynthetic(context, size);
			EmbeddingPass.Result embedded = context.getBean(EmbeddingPass.class).catchUp();
			Timed timed = time(context, queries, finders(context, reads, depths), settle);
			return new Result(size, size / ingestSeconds, embedded.episodes() / embedded.seconds(), embedded.texts(),
					timed.latencies(), floor(context, queries), timed.twoThreads());
		}
		finally {
			if (keep.isEmpty()) {
				FileSystemUtils.deleteRecursively(data);
			}
		}
	}

	/**
	 * Scores the evaluation set ({@link GuestSearchEvaluation}) with the application's depth of the searches and each
	 * of {@code depths}, on the real fixtures' catalogue among {@code size} synthetic episodes (their 30 topics are
	 * the vocabulary's, so every question has distractors): whether a depth finds the right guests when many other
	 * episodes discuss the same topic. The synthetic pages have no right answers of their own.
	 */
	static void evaluateAmong(int size, List<Depth> depths, List<String> settings) throws IOException {
		Path data = Files.createTempDirectory("podgraph-bench");
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(with(settings,
				"podgraph.embedded.data-dir=" + data, "podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false",
				"podgraph.embedded.page-cache=512MB", "podgraph.search.embeddings.background=false",
				"logging.level.root=WARN"))) {
			ApplicationContext context = app.context();
			ingestSynthetic(context, size);
			FixtureCatalogue.ingest(context.getBean(PageImporter.class), context.getBean(FeedImporter.class));
			context.getBean(EmbeddingPass.class).catchUp();
			List<Question> questions = GuestSearchEvaluation.questions();
			System.out.println();
			System.out.printf(Locale.ROOT, "The evaluation set's %d questions among %,d synthetic episodes:%n%n",
					questions.size(), size);
			System.out.println("| depth | method | guests P@5 | guests R@10 | first guest right | episodes P@5 | episodes R@10 |");
			System.out.println("|---|---|---:|---:|---:|---:|---:|");
			for (Depth depth : Stream.concat(Stream.of(Depth.DEFAULT), depths.stream()).toList()) {
				GuestFinder finder = finder(context, Reads.IN_PROCESS_SIDE_BY_SIDE, depth);
				for (Method method : Method.values()) {
					Scores s = GuestSearchEvaluation.score(finder, method, questions);
					System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", label(depth),
							method, s.guestPrecision5(), s.guestRecall10(), s.firstRight(), s.episodePrecision5(),
							s.episodeRecall10());
				}
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	/** @return how long ingesting {@code size} synthetic pages took, in seconds; any page refused fails the run */
	private static double ingestSynthetic(ApplicationContext context, int size) {
		long started = System.nanoTime();
		IngestReport report = context.getBean(PageImporter.class)
			.importAll(new SyntheticPages(42, PODCASTS).sources(size), null, batch -> {
			});
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!report.failures().isEmpty()) {
			throw new IllegalStateException(report.failures().size() + " synthetic pages were refused");
		}
		return seconds;
	}

	private static String label(Depth d) {
		return "%d/%d/%d/%d/%d/%d%s".formatted(d.wordHits(), d.perTopic(), d.perNearTopic(), d.nearLines(),
				d.nearEpisodes(), d.episodesPerGuest(), d.equals(Depth.DEFAULT) ? " (default)" : "");
	}

	/** Times the questions on a catalogue already in a folder; ingest and embedding rates are not measured. */
	static Result timeOn(Path data, int queries, List<Reads> reads, List<Depth> depths, boolean perQuestion,
			List<String> settings, int settle) {
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
			Timed timed = time(context, queries, finders(context, reads, depths), settle);
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
	 * The finders to time, by label: one per way of reading, and for each of {@code depths} the application's way with
	 * the searches that deep.
	 */
	static Map<String, GuestFinder> finders(ApplicationContext context, List<Reads> reads, List<Depth> depths) {
		Map<String, GuestFinder> finders = new LinkedHashMap<>();
		reads.forEach(way -> finders.put(way.label, finder(context, way, Depth.DEFAULT)));
		depths.forEach(d -> finders.put("in-process, side by side, depth " + label(d),
				finder(context, Reads.IN_PROCESS_SIDE_BY_SIDE, d)));
		return finders;
	}

	/**
	 * Times each method with each way of reading. The ways take turns question by question, each first in turn, so
	 * that whatever else the machine does meanwhile (and what one way leaves behind for the next, such as garbage)
	 * weighs on all of them alike; so does, with the questions by meaning, fixed work on two threads of their median.
	 * First, up to {@code settle} rounds of warm-up, until the JIT has settled ({@link Timings#settle}): the latencies
	 * are those of a server that has been answering for a while.
	 */
	static Timed time(ApplicationContext context, int queries, Map<String, GuestFinder> ways, int settle) {
		List<String> labels = List.copyOf(ways.keySet());
		List<GuestFinder> finders = List.copyOf(ways.values());
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
			double[][] millis = new double[finders.size()][queries];
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
			double[][] agreement = agreement(finders, method);
			for (int r = 0; r < finders.size(); r++) {
				Arrays.sort(millis[r]);
				latencies.add(new Latency(method, labels.get(r), Timings.percentile(millis[r], 0.50),
						Timings.percentile(millis[r], 0.99), queries, agreement[r][0], agreement[r][1]));
			}
		}
		Arrays.sort(fixed);
		return new Timed(latencies,
				new Latency(null, null, Timings.percentile(fixed, 0.50), Timings.percentile(fixed, 0.99), queries, 1, 1));
	}

	/**
	 * How far each finder's answers to the benchmark's questions agree with the first's (the application's): for each,
	 * the share of questions with the same first guest, and the share of the first's guests it answers too.
	 */
	static double[][] agreement(List<GuestFinder> finders, Method method) {
		double[][] agreement = new double[finders.size()][2];
		for (String question : QUESTIONS) {
			List<List<String>> answers = finders.stream().map(f -> guests(f.find(question, method, 10))).toList();
			List<String> expected = answers.getFirst();
			for (int r = 0; r < finders.size(); r++) {
				List<String> answered = answers.get(r);
				boolean sameFirst = expected.isEmpty() ? answered.isEmpty()
						: !answered.isEmpty() && answered.getFirst().equals(expected.getFirst());
				agreement[r][0] += sameFirst ? 1 : 0;
				agreement[r][1] += expected.isEmpty() ? 1
						: (double) expected.stream().filter(answered::contains).count() / expected.size();
			}
		}
		for (double[] way : agreement) {
			way[0] /= QUESTIONS.size();
			way[1] /= QUESTIONS.size();
		}
		return agreement;
	}

	private static List<String> guests(GuestAnswer answer) {
		return answer.guests().stream().map(guest -> guest.person().key()).toList();
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

	/**
	 * A finder that reads the catalogue as {@code way} says, each search as deep as {@code depth}, with the
	 * application's other parts.
	 */
	static GuestFinder finder(ApplicationContext context, Reads way, Depth depth) {
		GraphReads reads = way.inProcess ? new InProcessReads(context.getBean(EmbeddedNeo4j.class)::database)
				: new BoltReads(context.getBean(Neo4jClient.class), context.getBean(PlatformTransactionManager.class));
		return finder(context, reads,
				way.sideBySide ? context.getBean("searches", Executor.class) : Searches.ONE_AFTER_ANOTHER, depth);
	}

	/** A finder that reads the catalogue through {@code reads}, its searches run by {@code executor}. */
	static GuestFinder finder(ApplicationContext context, GraphReads reads, Executor executor) {
		return finder(context, reads, executor, Depth.DEFAULT);
	}

	private static GuestFinder finder(ApplicationContext context, GraphReads reads, Executor executor, Depth depth) {
		return new GuestFinder(context.getBean(TopicExtractor.class), context.getBean(Taxonomy.class),
				Searches.catalogueSearch(reads, executor), context.getBean(Embedder.class), new GuestQueries(reads),
				depth);
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
		return new Latency(null, null, Timings.percentile(millis, 0.50), Timings.percentile(millis, 0.99), queries, 1, 1);
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| episodes | ingest (episodes/s) | embedding (episodes/s) | texts embedded | method | reads | p50 (ms) | p99 (ms) | same first guest | guests shared |");
		System.out.println("|---:|---:|---:|---:|---|---|---:|---:|---:|---:|");
		for (Result r : results) {
			for (Latency l : r.latencies()) {
				// A catalogue timed with --data= was not built in this run: no rates.
				System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %.1f | %.1f | %.0f%% | %.0f%% |%n",
						r.episodes(), rate(r.ingestRate()), rate(r.embeddingRate()),
						r.texts() == 0 ? "" : "%,d".formatted(r.texts()), l.method(), l.reads(), l.p50(), l.p99(),
						100 * l.sameFirst(), 100 * l.shared());
			}
			System.out.printf(Locale.ROOT, "| %,d | | | | floor: RETURN 1 | Bolt | %.1f | %.1f | | |%n", r.episodes(),
					r.floor().p50(), r.floor().p99());
			System.out.printf(Locale.ROOT, "| %,d | | | | floor: fixed work on two threads | taking turns with MEANING | %.1f | %.1f | | |%n",
					r.episodes(), r.twoThreads().p50(), r.twoThreads().p99());
		}
	}

	/** @return the depth written as its six numbers, in {@link Depth}'s order */
	static Depth depth(String numbers) {
		List<Integer> d = ints(numbers);
		if (d.size() != 6) {
			throw new IllegalArgumentException("--depth= takes six numbers (words, per topic named, per topic near, "
					+ "lines near, episodes near, episodes looked up per guest), such as --depth=25,25,15,15,10,5; not "
					+ numbers);
		}
		return new Depth(d.get(0), d.get(1), d.get(2), d.get(3), d.get(4), d.get(5));
	}

	private static String rate(double perSecond) {
		return Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "%,.0f", perSecond);
	}

	private static Optional<String> option(String[] args, String name) {
		return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst();
	}

	private static List<Integer> ints(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
	}

}
