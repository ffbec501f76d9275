package dev.podgraph.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import dev.podgraph.ingest.feed.FeedDates;
import dev.podgraph.ingest.feed.FeedReader;
import dev.podgraph.ingest.feed.OpenFeed;
import dev.podgraph.ingest.shownotes.ShowNotesParser;

/**
 * Coverage-guided fuzzing (Jazzer) of the three readers of text from the open internet: the show-notes page
 * extractor (bytes to lines to episode), the feed reader and the feed date parser. Whatever the input, each either
 * reads it or refuses it with its documented error ({@link InvalidPage}, {@link InvalidFeed}; the date parser answers
 * "no date"), and none takes more than ten seconds on one input: any other exception, or an input that runs past the limit, fails
 * the test and is saved as a reproducer (replayed by every later run).
 * <p>
 * Jazzer fuzzes one test per JVM, so the three readers share one test, the input's first byte choosing the reader.
 * The seeds are the real fixtures (pages, feeds and the dates found in real feeds). {@code ./mvnw verify} fuzzes for a
 * minute (its own Surefire run, with {@code JAZZER_FUZZ=1}); {@code ./mvnw verify -Pfuzz} runs {@link ParserFuzzing}
 * for thirty minutes. Without {@code JAZZER_FUZZ}, Jazzer replays the saved inputs only.
 */
class ParserFuzzTests {

	static final byte FEED = 0;

	static final byte HTML_PAGE = 1;

	static final byte TEXT_PAGE = 2;

	static final byte DATE = 3;

	private static final FeedReader FEEDS = new FeedReader(Duration.ofSeconds(2));

	private static final PageDecoder PAGES = new PageDecoder(1 << 20);

	private static final ShowNotesParser PARSER = new ShowNotesParser();

	/** The longest one input may take: the feed reader's own limit is 2 s, a page has no reason to take long. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(10);

	private static final ExecutorService READER = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());

	@BeforeAll
	static void seeds() throws IOException {
		seed(ParserFuzzTests.class, "readersReadOrRefuseAnyInput");
	}

	@FuzzTest(maxDuration = "60s")
	void readersReadOrRefuseAnyInput(byte[] input) {
		read(input);
	}

	/**
	 * Reads the input with the reader its first byte names, on a watched thread: the documented refusals are fine,
	 * anything else thrown, or a read still running after {@link #TIME_LIMIT}, is a finding.
	 */
	static void read(byte[] input) {
		Future<?> reading = READER.submit(() -> readNow(input));
		try {
			reading.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException hang) {
			reading.cancel(true);
			throw new AssertionError("A read took longer than " + TIME_LIMIT.toSeconds() + " s", hang);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new AssertionError(failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static void readNow(byte[] input) {
		if (input.length == 0) {
			return;
		}
		byte[] content = Arrays.copyOfRange(input, 1, input.length);
		try {
			switch (Math.floorMod(input[0], 4)) {
				case FEED -> {
					OpenFeed feed = FEEDS.open(content, null);
					feed.forEachChunk(100, items -> items.forEach(item -> FeedDates.parse(item.publishedRaw())));
				}
				case HTML_PAGE -> PARSER.parse(PAGES.decode(content, "text/html", null));
				case TEXT_PAGE -> PARSER.parse(PAGES.decode(content, null, null));
				default -> FeedDates.parse(new String(content, StandardCharsets.UTF_8));
			}
		}
		catch (InvalidFeed | InvalidPage refused) {
			// The documented answer to input that cannot be read.
		}
	}

	/**
	 * Writes the real fixtures, each behind the byte that chooses its reader, where Jazzer looks for a test's corpus.
	 */
	static void seed(Class<?> test, String method) throws IOException {
		Path corpus = Path.of(".cifuzz-corpus", test.getName(), method);
		Files.createDirectories(corpus);
		try (var feeds = Files.list(resources("/feeds"))) {
			for (Path feed : feeds.filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
				byte[] bytes = Files.readAllBytes(feed);
				write(corpus, "feed-" + feed.getFileName(), FEED, bytes);
				for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
					int start = line.indexOf("<pubDate>");
					int end = line.indexOf("</pubDate>");
					if (start >= 0 && end > start) {
						write(corpus, "date-" + Integer.toHexString(line.hashCode()), DATE,
								line.substring(start + 9, end).getBytes(StandardCharsets.ISO_8859_1));
					}
				}
			}
		}
		try (var pages = Files.list(resources("/pages"))) {
			for (Path page : pages.filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
				boolean html = page.getFileName().toString().endsWith(".html");
				write(corpus, "page-" + page.getFileName(), html ? HTML_PAGE : TEXT_PAGE, Files.readAllBytes(page));
			}
		}
		for (String date : List.of("Tue, 02 Jan 2024 10:00:00 GMT", "2024-01-02T10:00:00+01:00", "Mon, 31 Feb 2020",
				"02 Jan 2024 10:00 EST", "")) {
			write(corpus, "date-" + Integer.toHexString(date.hashCode()), DATE, date.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void write(Path corpus, String name, byte reader, byte[] content) throws IOException {
		byte[] seed = new byte[content.length + 1];
		seed[0] = reader;
		System.arraycopy(content, 0, seed, 1, content.length);
		Files.write(corpus.resolve(name.replaceAll("[^\\w.-]", "_")), seed);
	}

	private static Path resources(String folder) {
		try {
			return Path.of(Objects.requireNonNull(ParserFuzzTests.class.getResource(folder), folder).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
