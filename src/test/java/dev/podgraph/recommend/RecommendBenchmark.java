package dev.podgraph.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.bench.Timings;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.search.EmbeddingPass;

/**
 * Related episodes and recommendations on synthetic catalogues of growing size, each size in a fresh embedded Neo4j:
 * every episode embedded (the content signal), every list of similar episodes computed (and how fast), then p50 and
 * p99 latency of {@link Recommender#related} and {@link Recommender#recommendations} for episodes picked at random,
 * and of related episodes computed at read time, as for an episode without its list yet (the bounds of
 * {@link RecommendProperties.Bounds} at their defaults).
 * <p>
 * The synthetic pages draw their topics from 30 phrases, so every topic is on a large share of all episodes and the
 * guests, organisations and sponsors repeat: a harder case for bounded traversals than a real catalogue.
 * <p>
 * Run it with {@code bench/recommend.sh}; the test suite runs a small size.
 */
public final class RecommendBenchmark {

	/**
	 * One size measured.
	 * @param episodes episodes in the catalogue
	 * @param listRate episodes whose list of similar episodes was computed per second, by the pass after ingest
	 * @param related latency of related episodes (10), read from the precomputed lists
	 * @param recommendations latency of recommendations (5), from the precomputed lists
	 * @param live latency of related episodes computed at read time, as for an episode without its list yet
	 * @param floor latency of {@code RETURN 1} in a read-only transaction
	 * @param meanRelated how many related episodes came back on average (of 10 asked)
	 */
	public record Result(int episodes, double listRate, Latency related, Latency recommendations, Latency live,
			Latency floor, double meanRelated) {
	}

	/**
	 * @param p50 median, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param queries how many were timed
	 */
	public record Latency(double p50, double p99, int queries) {
	}

	private static final int PODCASTS = 50;

	private static final long PICKS = 7;

	private RecommendBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Integer> sizes = option(args, "--sizes=").map(RecommendBenchmark::ints).orElse(List.of(1_000, 10_000, 100_000));
		int queries = option(args, "--queries=").map(Integer::parseInt).orElse(1000);
		// Other settings to try, as properties: --set=podgraph.recommend.bounds.per-person=10
		String[] settings = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6))
			.toArray(String[]::new);
		int allListsUpTo = option(args, "--all-lists-up-to=").map(Integer::parseInt).orElse(10_000);
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			results.add(run(size, queries, allListsUpTo, settings));
			print(results);
		}
	}

	public static Result run(int size, int queries, String... settings) throws IOException {
		return run(size, queries, Integer.MAX_VALUE, settings);
	}

	/**
	 * @param allListsUpTo the largest size at which every episode's list is computed; above it, only the lists of the
	 * episodes that will be asked for
	 */
	public static Result run(int size, int queries, int allListsUpTo, String... settings) throws IOException {
		Path data = Files.createTempDirectory("podgraph-bench");
		List<String> properties = new ArrayList<>(List.of("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false", "podgraph.embedded.page-cache=512MB",
				"podgraph.search.embeddings.background=false", "podgraph.search.embeddings.evidence=false",
				"logging.level.root=WARN"));
		properties.addAll(List.of(settings));
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(properties.toArray(String[]::new))) {
			ApplicationContext context = app.context();
			IngestReport report = context.getBean(PageImporter.class)
				.importAll(new SyntheticPages(42, PODCASTS).sources(size), null, batch -> {
				});
			if (!report.failures().isEmpty()) {
				throw new IllegalStateException(report.failures().size() + " synthetic pages were refused");
			}
			context.getBean(EmbeddingPass.class).catchUp();
			List<String> keys = List.copyOf(context.getBean(Neo4jClient.class)
				.query("MATCH (e:Episode) RETURN e.key ORDER BY e.key")
				.fetchAs(String.class)
				.all());
			SimilarPass pass = context.getBean(SimilarPass.class);
			double listRate;
			if (size <= allListsUpTo) {
				SimilarPass.Result lists = pass.catchUp();
				listRate = lists.episodes() / lists.seconds();
			}
			else {
				// The lists of the episodes that will be asked for only: computing every list of a large catalogue
				// takes an hour here, and a list is read alone, whatever the others.
				List<String> sample = picked(keys, queries);
				long started = System.nanoTime();
				long computed = pass.computeFor(sample);
				listRate = computed / ((System.nanoTime() - started) / 1e9);
			}
			Recommender recommender = context.getBean(Recommender.class);
			double[] returned = { 0 };
			Latency related = time(keys, queries, key -> {
				int n = recommender.related(key, 10).orElseThrow().episodes().size();
				returned[0] += n;
				return n;
			});
			Latency recommendations = time(keys, queries,
					key -> recommender.recommendations(key, 5).orElseThrow().episodes().size());
			RelatedQueries live = context.getBean(RelatedQueries.class);
			Similarity similarity = new Similarity(context.getBean(RecommendProperties.class).weights());
			TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			readOnly.setReadOnly(true);
			Latency atReadTime = time(keys, queries, key -> readOnly.execute(
					status -> similarity.score(live.neighbourhood(key).orElseThrow()).size()));
			return new Result(keys.size(), listRate, related, recommendations, atReadTime,
					latency(Timings.floor(context, queries)), returned[0] / (queries + Timings.warmUp(queries)));
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	/** The episodes {@link #time} asks for, in its order: the same seed. */
	static List<String> picked(List<String> keys, int queries) {
		SplittableRandom random = new SplittableRandom(PICKS);
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < Timings.warmUp(queries) + queries; i++) {
			picked.add(keys.get(random.nextInt(keys.size())));
		}
		return picked.stream().distinct().toList();
	}

	static Latency time(List<String> keys, int queries, Function<String, Integer> query) {
		SplittableRandom random = new SplittableRandom(PICKS);
		double[] millis = Timings.measure(queries, i -> {
			String key = keys.get(random.nextInt(keys.size()));
			if (query.apply(key) == 0) {
				throw new IllegalStateException("nothing for " + key);
			}
		});
		return latency(millis);
	}

	private static Latency latency(double[] millis) {
		return new Latency(Timings.percentile(millis, 0.50), Timings.percentile(millis, 0.99), millis.length);
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| episodes | lists computed (episodes/s) | related p50 / p99 (ms) | recommendations p50 / p99 (ms) | at read time p50 / p99 (ms) | floor p50 / p99 (ms) |");
		System.out.println("|---:|---:|---:|---:|---:|---:|");
		for (Result r : results) {
			System.out.printf(Locale.ROOT, "| %,d | %,.0f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n",
					r.episodes(), r.listRate(), r.related().p50(), r.related().p99(), r.recommendations().p50(),
					r.recommendations().p99(), r.live().p50(), r.live().p99(), r.floor().p50(), r.floor().p99());
		}
	}

	private static Optional<String> option(String[] args, String name) {
		return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst();
	}

	private static List<Integer> ints(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
	}

}
