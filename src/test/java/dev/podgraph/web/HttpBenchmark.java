package dev.podgraph.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.SplittableRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.HttpLoad;
import dev.podgraph.bench.SyntheticPages;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.recommend.SimilarPass;
import dev.podgraph.search.EmbeddingPass;
import dev.podgraph.topics.GuestBenchmark;

/**
 * Episode pages and "which guests talked about X?" over HTTP, against the application's executable jar started as
 * the run command starts it (its heap, its embedded Neo4j settings), on a synthetic catalogue of a given size: the
 * latency of an episode page for one client (the server's time plus a loopback round trip), then throughput and
 * latency with several clients at once, and any error.
 * <p>
 * The catalogue is built once per folder (ingest, every episode embedded, the lists of similar episodes of every
 * episode, or above {@code --all-lists-up-to} of a fixed sample that the requests then ask for) and reused by later
 * runs. Run it with {@code bench/http.sh}; the test suite runs a small size against the application in-process.
 */
public final class HttpBenchmark {

	static final String EPISODE = "episode page";

	static final String GUESTS = "guests API";

	static final String STATIC = "static file";

	private static final long SEED = 11;

	/**
	 * A catalogue ready in a folder.
	 * @param data the embedded Neo4j's data folder
	 * @param episodes how many episodes it holds
	 * @param allLists whether every episode has its list of similar episodes
	 * @param listed the keys of the episodes with their list, which the requests ask for
	 */
	record Catalogue(Path data, int episodes, boolean allLists, List<String> listed) {
	}

	/**
	 * One scenario measured.
	 * @param episodes episodes in the catalogue
	 * @param load the run
	 */
	public record Result(int episodes, HttpLoad.Result load) {
	}

	private HttpBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = option(args, "--size=").map(Integer::parseInt).orElse(10_000);
		int requests = option(args, "--requests=").map(Integer::parseInt).orElse(2_000);
		List<Integer> clients = option(args, "--clients=").map(HttpBenchmark::ints).orElse(List.of(1, 8));
		List<String> kinds = option(args, "--kinds=").map(k -> List.of(k.split(","))).orElse(List.of("episode", "guests"));
		int allListsUpTo = option(args, "--all-lists-up-to=").map(Integer::parseInt).orElse(10_000);
		Path data = option(args, "--data=").map(Path::of).orElse(Path.of("target", "bench-http-" + size));
		Path jar = option(args, "--jar=").map(Path::of).orElseThrow(() -> new IllegalArgumentException("--jar= is needed"));
		List<String> extra = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6)).toList();
		List<String> jvm = option(args, "--server-jvm=").map(o -> List.of(o.split(" "))).orElse(List.of());

		Catalogue catalogue = prepare(data, size, allListsUpTo, Math.max(1_000, requests));
		List<Result> results = new ArrayList<>();
		try (JarServer server = JarServer.start(jar, catalogue, jvm, extra)) {
			for (int c : clients) {
				results.add(new Result(catalogue.episodes(), measure(server.base(), catalogue, kinds, requests, c)));
				print(results);
			}
		}
	}

	/**
	 * Builds the catalogue in the folder, unless a catalogue of that size is there already.
	 * @param sample how many episodes get their list when not all do
	 */
	static Catalogue prepare(Path data, int size, int allListsUpTo, int sample) throws IOException {
		Path marker = data.resolve("bench-catalogue.properties");
		Path listedFile = data.resolve("bench-listed.txt");
		if (Files.exists(marker)) {
			Properties ready = new Properties();
			try (var in = Files.newInputStream(marker)) {
				ready.load(in);
			}
			if (Integer.parseInt(ready.getProperty("episodes")) == size) {
				log("Reusing the catalogue of %,d episodes in %s", size, data);
				return new Catalogue(data, size, Boolean.parseBoolean(ready.getProperty("all-lists")),
						Files.readAllLines(listedFile));
			}
			throw new IllegalStateException(data + " holds another catalogue; remove it or choose another --data=");
		}
		Files.createDirectories(data);
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb("podgraph.embedded.data-dir=" + data,
				"podgraph.embedded.bolt-port=0", "podgraph.demo.enabled=false", "podgraph.embedded.page-cache=512MB",
				"podgraph.search.embeddings.background=false", "podgraph.recommend.lists.background=false",
				"podgraph.search.embeddings.evidence=false", "logging.level.root=WARN")) {
			ApplicationContext context = app.context();
			log("Ingesting %,d synthetic pages", size);
			IngestReport report = context.getBean(PageImporter.class)
				.importAll(new SyntheticPages(42, 50).sources(size), null, batch -> {
				});
			if (!report.failures().isEmpty()) {
				throw new IllegalStateException(report.failures().size() + " synthetic pages were refused");
			}
			log("Embedding");
			context.getBean(EmbeddingPass.class).catchUp();
			List<String> keys = context.getBean(Neo4jClient.class)
				.query("MATCH (e:Episode) RETURN e.key ORDER BY e.key")
				.fetchAs(String.class)
				.all()
				.stream()
				.toList();
			boolean allLists = size <= allListsUpTo;
			List<String> listed;
			SimilarPass lists = context.getBean(SimilarPass.class);
			if (allLists) {
				log("Computing every list of similar episodes");
				lists.catchUp();
				listed = keys;
			}
			else {
				// Every list of a large catalogue takes an hour here, and a page reads its own list only.
				List<String> shuffled = new ArrayList<>(keys);
				Collections.shuffle(shuffled, new Random(SEED));
				listed = List.copyOf(shuffled.subList(0, Math.min(sample, shuffled.size())));
				log("Computing the lists of similar episodes of %,d episodes", listed.size());
				lists.computeFor(listed);
			}
			Files.write(listedFile, listed);
			Properties ready = new Properties();
			ready.setProperty("episodes", Integer.toString(keys.size()));
			ready.setProperty("all-lists", Boolean.toString(allLists));
			try (var out = Files.newOutputStream(marker)) {
				ready.store(out, "podgraph HTTP benchmark catalogue");
			}
			return new Catalogue(data, keys.size(), allLists, listed);
		}
	}

	/**
	 * A warm-up of a fifth of the requests (at least 100), then the requests, each kind in turn, picked at random.
	 */
	static HttpLoad.Result measure(URI base, Catalogue catalogue, List<String> kinds, int requests, int clients) {
		SplittableRandom random = new SplittableRandom(SEED + clients);
		List<HttpLoad.Request> warmUp = plan(catalogue, kinds, Math.max(100, requests / 5), random);
		List<HttpLoad.Request> plan = plan(catalogue, kinds, requests, random);
		log("%,d requests (%s) with %d client%s", requests, String.join(", ", kinds), clients, clients == 1 ? "" : "s");
		return new HttpLoad(base).run(warmUp, plan, clients);
	}

	static List<HttpLoad.Request> plan(Catalogue catalogue, List<String> kinds, int requests, SplittableRandom random) {
		List<HttpLoad.Request> plan = new ArrayList<>(requests);
		for (int i = 0; i < requests; i++) {
			plan.add(switch (kinds.get(i % kinds.size())) {
				case "episode" -> new HttpLoad.Request(EPISODE,
						"/episodes/" + encode(catalogue.listed().get(random.nextInt(catalogue.listed().size()))));
				case "guests" -> new HttpLoad.Request(GUESTS, "/api/guests?limit=10&topic="
						+ encode(GuestBenchmark.QUESTIONS.get(random.nextInt(GuestBenchmark.QUESTIONS.size()))));
				case "static" -> new HttpLoad.Request(STATIC, "/css/podgraph.css");
				default -> throw new IllegalArgumentException("no such kind of request: " + kinds.get(i % kinds.size()));
			});
		}
		return plan;
	}

	static void print(List<Result> results) {
		System.out.println();
		System.out.println("| episodes | clients | requests | answers/s | errors | kind | p50 (ms) | p99 (ms) | max (ms) |");
		System.out.println("|---:|---:|---:|---:|---:|---|---:|---:|---:|");
		for (Result r : results) {
			for (HttpLoad.Stats s : r.load().kinds()) {
				System.out.printf(Locale.ROOT, "| %,d | %d | %,d | %,.0f | %d | %s | %.1f | %.1f | %.1f |%n", r.episodes(),
						r.load().clients(), s.requests(), s.perSecond(), s.errors(), s.kind(), s.p50(), s.p99(), s.max());
			}
			r.load().failures().forEach(f -> System.out.println("  failed: " + f));
		}
	}

	/** The executable jar started in its own process, as the run command starts it, on the catalogue's folder. */
	static final class JarServer implements AutoCloseable {

		private final Process process;

		private final URI base;

		private JarServer(Process process, URI base) {
			this.process = process;
			this.base = base;
		}

		static JarServer start(Path jar, Catalogue catalogue, List<String> jvm, List<String> extra)
				throws IOException, InterruptedException {
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					// The collector and heap of the run command (pom.xml)
					"-XX:+UseParallelGC", "-Xms128m", "-Xmx768m", "--enable-native-access=ALL-UNNAMED"));
			command.addAll(jvm);
			command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
					"--podgraph.embedded.data-dir=" + catalogue.data().toAbsolutePath(), "--podgraph.embedded.bolt-port=0",
					// One client address does the asking of many visitors here.
					"--podgraph.security.rate-limits.search.requests=0"));
			if (!catalogue.allLists()) {
				// Otherwise the server would spend the run computing the lists the catalogue left out.
				command.add("--podgraph.recommend.lists.background=false");
			}
			extra.forEach(property -> command.add("--" + property));
			Path log = catalogue.data().resolve("server.log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			URI base = URI.create("http://localhost:" + port);
			log("Starting %s on port %d (log: %s)", jar.getFileName(), port, log);
			JarServer server = new JarServer(process, base);
			server.awaitUp(log);
			return server;
		}

		private void awaitUp(Path log) throws InterruptedException {
			HttpClient http = HttpClient.newHttpClient();
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the server stopped; see " + log);
				}
				try {
					HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
						return;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			close();
			throw new IllegalStateException("the server was not up within 5 minutes; see " + log);
		}

		URI base() {
			return base;
		}

		@Override
		public void close() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}

	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void log(String format, Object... args) {
		System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(Locale.ROOT, format, args));
	}

	private static Optional<String> option(String[] args, String name) {
		return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst();
	}

	private static List<Integer> ints(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
	}

}
