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
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.search.EmbeddingPass;

/**
 * Related episodes and recommendations on synthetic catalogues of growing size: p50 and p99 latency of
 * {@link Recommender#related} and {@link Recommender#recommendations} for episodes picked at random, each size in a
 * fresh embedded Neo4j, with every episode embedded (the content signal) and the bounds of
 * {@link RecommendProperties.Bounds} at their defaults.
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
	 * @param related latency of related episodes (10)
	 * @param recommendations latency of recommendations (5)
	 * @param floor latency of {@code RETURN 1} in a read-only transaction
	 * @param meanRelated how many related episodes came back on average (of 10 asked)
	 */
	public record Result(int episodes, Latency related, Latency recommendations, Latency floor, double meanRelated) {
	}

	/**
	 * @param p50 median, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param queries how many were timed
	 */
	public record Latency(double p50, double p99, int queries) {
	}

	private static final int PODCASTS = 50;

	private RecommendBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Integer> sizes = option(args, "--sizes=").map(RecommendBenchmark::ints).orElse(List.of(1_000, 10_000, 100_000));
		int queries = option(args, "--queries=").map(Integer::parseInt).orElse(1000);
		// Other settings to try, as properties: --set=podgraph.recommend.bounds.per-person=10
		String[] settings = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6))
			.toArray(String[]::new);
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			results.add(run(size, queries, settings));
			print(results);
		}
	}

	public static Result run(int size, int queries, String... settings) throws IOException {
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
			Recommender recommender = context.getBean(Recommender.class);
			double[] returned = { 0 };
			Latency related = time(keys, queries, key -> {
				int n = recommender.related(key, 10).orElseThrow().episodes().size();
				returned[0] += n;
				return n;
			});
			Latency recommendations = time(keys, queries,
					key -> recommender.recommendations(key, 5).orElseThrow().episodes().size());
			return new Result(keys.size(), related, recommendations, floor(context, queries),
					returned[0] / (queries + warmUp(queries)));
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

	static Latency time(List<String> keys, int queries, Function<String, Integer> query) {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < warmUp(queries); i++) {
			query.apply(keys.get(random.nextInt(keys.size())));
		}
		double[] millis = new double[queries];
		for (int i = 0; i < queries; i++) {
			String key = keys.get(random.nextInt(keys.size()));
			long started = System.nanoTime();
			int found = query.apply(key);
			millis[i] = (System.nanoTime() - started) / 1e6;
			if (found == 0) {
				throw new IllegalStateException("nothing for " + key);
			}
		}
		Arrays.sort(millis);
		return new Latency(percentile(millis, 0.50), percentile(millis, 0.99), queries);
	}

	private static int warmUp(int queries) {
		return Math.max(50, queries / 5);
	}

	static Latency floor(ApplicationContext context, int queries) {
		Neo4jClient neo4j = context.getBean(Neo4jClient.class);
		TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		readOnly.setReadOnly(true);
		return time(List.of("-"), queries, key -> readOnly.execute(
				status -> neo4j.query("RETURN 1 AS one").fetchAs(Long.class).one().orElseThrow().intValue()));
	}

	static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| episodes | related p50 (ms) | related p99 (ms) | recommendations p50 (ms) | recommendations p99 (ms) | floor p50 / p99 (ms) |");
		System.out.println("|---:|---:|---:|---:|---:|---:|");
		for (Result r : results) {
			System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f |%n", r.episodes(),
					r.related().p50(), r.related().p99(), r.recommendations().p50(), r.recommendations().p99(),
					r.floor().p50(), r.floor().p99());
		}
	}

	private static Optional<String> option(String[] args, String name) {
		return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst();
	}

	private static List<Integer> ints(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
	}

}
