package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.util.FileSystemUtils;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.bench.HeapWatch;
import dev.podgraph.bench.SyntheticFeed;
import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.feed.FeedReader;
import dev.podgraph.ingest.feed.InMemoryFeeds;
import dev.podgraph.ingest.feed.OpenFeed;

/**
 * Feed figures, each comparing reading a feed as a stream (what podgraph does with a well-formed feed) with reading it
 * whole into memory (what it does with a broken one): items a second parsed from the largest real fixture; the time
 * and live heap to read a large generated feed (50 MB by default); then that feed ingested into a fresh embedded
 * Neo4j within the run command's heap. Run it with {@code bench/feeds.sh}; the test suite runs a small one.
 */
public final class FeedBenchmark {

	static final String LARGEST_FIXTURE = "/feeds/edge_coding-blocks_huge-cdata-html-descriptions_itunes-episode_83ep.xml";

	private static final FeedReader READER = new FeedReader(Duration.ofMinutes(5));

	/** The two ways of reading a feed. */
	enum Way {

		STREAM(content -> READER.open(content, null)), IN_MEMORY(content -> InMemoryFeeds.open(READER, content));

		final Function<byte[], OpenFeed> open;

		Way(Function<byte[], OpenFeed> open) {
			this.open = open;
		}

	}

	private FeedBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 50;
		Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
		if (!measure.isZero()) {
			parseThroughput(measure).forEach(System.out::println);
		}
		Path dir = Files.createTempDirectory("podgraph-feed-bench");
		try {
			Path file = dir.resolve("feed.xml");
			int items = generate(file, megabytes * 1024 * 1024);
			byte[] content = Files.readAllBytes(file);
			for (Way way : Way.values()) {
				System.out.println(readGenerated(way, content, items));
			}
			System.out.println(ingestGenerated(dir, content, items));
		}
		finally {
			FileSystemUtils.deleteRecursively(dir);
		}
		System.out.println("peak resident memory of the benchmark process: " + peakResidentMb() + " MB");
	}

	/**
	 * Parses the largest real fixture over and over for {@code measure} each way, alternating, after a warm-up.
	 * @return the items per second each way, as lines of text
	 */
	static List<String> parseThroughput(Duration measure) throws IOException {
		byte[] feed;
		try (InputStream in = FeedBenchmark.class.getResourceAsStream(LARGEST_FIXTURE)) {
			feed = in.readAllBytes();
		}
		for (Way way : Way.values()) {
			parseFor(way, feed, measure.dividedBy(2));
		}
		long[][] totals = new long[Way.values().length][3];
		for (int round = 0; round < 4; round++) {
			for (Way way : Way.values()) {
				long[] figures = parseFor(way, feed, measure.dividedBy(4));
				for (int i = 0; i < 3; i++) {
					totals[way.ordinal()][i] += figures[i];
				}
			}
		}
		List<String> lines = new ArrayList<>();
		double[] rates = new double[Way.values().length];
		for (Way way : Way.values()) {
			long[] t = totals[way.ordinal()];
			rates[way.ordinal()] = t[0] / (t[1] / 1e9);
			lines.add(String.format(Locale.ROOT, "parse %s (%,d bytes), %s: %,.0f items/s, %,.1f MB/s",
					LARGEST_FIXTURE.substring(7), feed.length, way, rates[way.ordinal()], t[2] / 1e6 / (t[1] / 1e9)));
		}
		lines.add(String.format(Locale.ROOT, "parse: stream / in memory = %.2f", rates[0] / rates[1]));
		return lines;
	}

	private static long[] parseFor(Way way, byte[] feed, Duration duration) {
		long started = System.nanoTime();
		long items = 0;
		long bytes = 0;
		while (System.nanoTime() - started < duration.toNanos()) {
			items += count(way.open.apply(feed));
			bytes += feed.length;
		}
		return new long[] { items, System.nanoTime() - started, bytes };
	}

	private static int count(OpenFeed feed) {
		int[] items = { 0 };
		feed.forEachChunk(500, chunk -> items[0] += chunk.size());
		return items[0];
	}

	static int generate(Path file, long bytes) throws IOException {
		try (var out = Files.newOutputStream(file)) {
			return new SyntheticFeed().write(out, bytes);
		}
	}

	/**
	 * Reads a generated feed one way, chunk by chunk, without writing it anywhere.
	 * @return the time and the live heap it took, as a line of text
	 */
	static String readGenerated(Way way, byte[] content, int items) {
		try (HeapWatch heap = new HeapWatch()) {
			long started = System.nanoTime();
			int read;
			try {
				OpenFeed feed = way.open.apply(content);
				if (feed.streamed() != (way == Way.STREAM)) {
					throw new IllegalStateException("The feed was not read " + way + ": " + feed.problems());
				}
				read = count(feed);
			}
			catch (OutOfMemoryError ex) {
				return String.format(Locale.ROOT, "read generated feed of %,d bytes, %s: out of memory after %.1f s",
						content.length, way, (System.nanoTime() - started) / 1e9);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			if (read != items) {
				throw new IllegalStateException(way + " read " + read + " items of " + items);
			}
			return String.format(Locale.ROOT,
					"read generated feed of %,d bytes, %,d items, %s: %.1f s (%,.0f items/s), peak live heap %,d MB"
							+ " (%,d MB before)",
					content.length, items, way, seconds, items / seconds, heap.peakLiveMb(), heap.baselineMb());
		}
	}

	/**
	 * Ingests a generated feed into a fresh embedded database, as the {@code ingest} command does.
	 * @return the figures, as a line of text
	 */
	static String ingestGenerated(Path dir, byte[] content, int items) {
		try (StandaloneApplication app = StandaloneApplication.startWithoutWeb(
				"podgraph.embedded.data-dir=" + dir.resolve("db"), "podgraph.embedded.bolt-port=0",
				"podgraph.demo.enabled=false", "podgraph.feeds.max-size=" + (content.length + (1 << 20)),
				"logging.level.root=WARN")) {
			FeedImporter importer = app.context().getBean(FeedImporter.class);
			try (HeapWatch heap = new HeapWatch()) {
				long started = System.nanoTime();
				FeedReport report = importer.importFeed(new FeedSource("generated", content, null), null, written -> {
				});
				double seconds = (System.nanoTime() - started) / 1e9;
				long created = report.count(Change.CREATED);
				if (created != items) {
					throw new IllegalStateException("created " + created + " episodes of " + items + ": " + report.problems());
				}
				return String.format(Locale.ROOT,
						"ingest generated feed of %,d bytes, %,d items: %,d episodes created in %.1f s (%,.0f items/s),"
								+ " peak live heap %,d MB (%,d MB before) of %,d MB",
						content.length, items, created, seconds, items / seconds, heap.peakLiveMb(), heap.baselineMb(),
						Runtime.getRuntime().maxMemory() / (1024 * 1024));
			}
		}
	}

	private static long peakResidentMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// Not Linux.
		}
		return -1;
	}

}
