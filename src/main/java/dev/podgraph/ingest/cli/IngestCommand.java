package dev.podgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedProperties;
import dev.podgraph.ingest.FeedReport;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.IngestProperties;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.InvalidPage;
import dev.podgraph.ingest.PageFailure;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;
import dev.podgraph.ingest.feed.FeedReader;
import dev.podgraph.ingest.InvalidFeed;
import dev.podgraph.ingest.FetchRefused;
import dev.podgraph.ingest.fetch.SafeFetcher;

/**
 * {@code ingest <file|folder|url>... [--podcast=<title>]}: ingests RSS feeds and show-notes pages, showing progress
 * and ending with a summary. Files ending in .xml, .rss or .atom are feeds, .txt and .html pages; a URL is whatever it
 * answers with. Exits with 0 when everything was ingested, 1 when something was refused, 2 on wrong usage.
 */
@Component
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

	/** The command's name, the first argument. */
	public static final String NAME = "ingest";

	private static final List<String> PAGE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".xhtml");

	private static final List<String> FEED_EXTENSIONS = List.of(".xml", ".rss", ".atom");

	private final PageImporter pages;

	private final FeedImporter feeds;

	private final IngestProperties properties;

	private final FeedProperties feedProperties;

	private final SafeFetcher fetcher;

	/** Pages fetched while telling feeds from pages, so that they are not fetched twice. */
	private final List<PageSource> fetchedPages = new ArrayList<>();

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	IngestCommand(PageImporter pages, FeedImporter feeds, IngestProperties properties, FeedProperties feedProperties) {
		this.pages = pages;
		this.feeds = feeds;
		this.properties = properties;
		this.feedProperties = feedProperties;
		this.fetcher = new SafeFetcher(properties.fetch().settings(properties.maxPageSize().toBytes()));
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !words.getFirst().equals(NAME)) {
			return;
		}
		List<String> podcast = args.getOptionValues("podcast");
		exitCode = run(words.subList(1, words.size()), podcast == null || podcast.isEmpty() ? null : podcast.getFirst());
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Where the summary and the progress go; for tests. */
	void printTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param targets files, folders and URLs
	 * @param podcastTitle the podcast of pages and feeds that name none, or {@code null}
	 * @return the exit code
	 */
	int run(List<String> targets, String podcastTitle) {
		if (targets.isEmpty()) {
			err.println("Usage: ingest <file|folder|url>... [--podcast=<title>]");
			return 2;
		}
		long started = System.nanoTime();
		Inputs inputs = new Inputs();
		targets.forEach(target -> inputs.add(target));
		boolean feedsFailed = false;
		for (String feed : inputs.feeds) {
			feedsFailed |= !ingestFeed(feed, podcastTitle, inputs);
		}
		IngestReport ingested = ingestPages(inputs, podcastTitle);
		IngestReport all = IngestReport.merge(List.of(new IngestReport(List.of(), inputs.refused), ingested));
		if (!inputs.pages.isEmpty() || !inputs.refused.isEmpty() || inputs.feeds.isEmpty()) {
			summarise(all, inputs.pages.size() + inputs.refused.size());
		}
		out.printf(Locale.ROOT, "Done in %.1f s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
		return all.failures().isEmpty() && !feedsFailed ? 0 : 1;
	}

	/** The targets sorted into feeds and pages; a URL that answers with a page becomes one. */
	private final class Inputs {

		final List<String> feeds = new ArrayList<>();

		final List<String> pages = new ArrayList<>();

		final List<PageFailure> refused = new ArrayList<>();

		void add(String target) {
			if (target.contains("://")) {
				feeds.add(target);
				return;
			}
			Path path = Path.of(target);
			if (Files.isRegularFile(path)) {
				(isFeed(path) ? feeds : pages).add(target);
				return;
			}
			if (!Files.isDirectory(path)) {
				refused.add(new PageFailure(target, InvalidPage.Reason.UNREACHABLE, "No such file or folder."));
				return;
			}
			try (Stream<Path> files = Files.walk(path)) {
				files.filter(Files::isRegularFile).sorted().forEach(file -> {
					String name = file.toString().toLowerCase(Locale.ROOT);
					if (FEED_EXTENSIONS.stream().anyMatch(name::endsWith)) {
						feeds.add(file.toString());
					}
					else if (PAGE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
						pages.add(file.toString());
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + path, ex);
			}
		}

		private boolean isFeed(Path file) {
			String name = file.toString().toLowerCase(Locale.ROOT);
			if (FEED_EXTENSIONS.stream().anyMatch(name::endsWith)) {
				return true;
			}
			if (PAGE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
				return false;
			}
			try {
				return FeedReader.looksLikeFeed(Files.readAllBytes(file));
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

	/** @return whether the feed was ingested (with or without problems in some items) */
	private boolean ingestFeed(String target, String podcastTitle, Inputs inputs) {
		Progress progress = new Progress(err, 0);
		try {
			FeedReport report;
			if (target.contains("://")) {
				switch (feeds.importUrl(URI.create(target), podcastTitle, progress::showItems)) {
					case FeedImporter.FetchResult.AFeed feed -> report = feed.report();
					case FeedImporter.FetchResult.NotAFeed page -> {
						inputs.pages.add(0, target);
						fetchedPages.add(new PageSource(target, page.fetched().body(), page.fetched().contentType()));
						return true;
					}
				}
			}
			else {
				byte[] content = readFile(target, feedProperties.maxSize().toBytes(), "podgraph.feeds.max-size");
				report = feeds.importFeed(new FeedSource(target, content, null), podcastTitle, progress::showItems);
			}
			progress.done();
			summarise(report);
			return true;
		}
		catch (InvalidFeed | InvalidPage | FetchRefused | IllegalArgumentException ex) {
			progress.done();
			out.printf("Feed %s was not ingested: %s%n", target, ex.getMessage());
			return false;
		}
	}

	private IngestReport ingestPages(Inputs inputs, String podcastTitle) {
		if (inputs.pages.isEmpty()) {
			return new IngestReport(List.of(), List.of());
		}
		int total = inputs.pages.size() + inputs.refused.size();
		Progress progress = new Progress(err, total);
		int[] written = { 0, 0 };
		IngestReport ingested = pages.importAll(new Pages(inputs.pages.iterator(), inputs.refused), podcastTitle, batch -> {
			written[0] += batch.imported().size() + batch.failures().size();
			written[1] += batch.failures().size();
			progress.show(inputs.refused.size() + written[0], inputs.refused.size() + written[1]);
		});
		progress.show(total, inputs.refused.size() + written[1]);
		return ingested;
	}

	/** The pages of the files and URLs, read one at a time; one that cannot be read is reported and skipped. */
	private final class Pages implements Iterator<PageSource> {

		private final Iterator<String> names;

		private final List<PageFailure> refused;

		private PageSource next;

		Pages(Iterator<String> names, List<PageFailure> refused) {
			this.names = names;
			this.refused = refused;
			this.next = advance();
		}

		@Override
		public boolean hasNext() {
			return next != null;
		}

		@Override
		public PageSource next() {
			PageSource current = next;
			next = advance();
			return current;
		}

		private PageSource advance() {
			while (names.hasNext()) {
				String page = names.next();
				try {
					return read(page);
				}
				catch (InvalidPage ex) {
					refused.add(new PageFailure(page, ex.reason(), ex.getMessage()));
				}
			}
			return null;
		}

	}

	private PageSource read(String target) {
		if (target.contains("://")) {
			for (PageSource fetched : fetchedPages) {
				if (fetched.name().equals(target)) {
					if (fetched.content().length > properties.maxPageSize().toBytes()) {
						throw new InvalidPage(InvalidPage.Reason.TOO_LARGE, "The page is larger than "
								+ properties.maxPageSize().toBytes() + " bytes (podgraph.ingest.max-page-size).");
					}
					return fetched;
				}
			}
			try {
				var fetched = fetcher.fetch(URI.create(target), null, null);
				return new PageSource(target, fetched.body(), fetched.contentType());
			}
			catch (FetchRefused | IllegalArgumentException ex) {
				throw new InvalidPage(InvalidPage.Reason.UNREACHABLE, ex.getMessage(), ex);
			}
		}
		return new PageSource(target, readFile(target, properties.maxPageSize().toBytes(), "podgraph.ingest.max-page-size"),
				null);
	}

	private static byte[] readFile(String target, long limit, String setting) {
		try {
			long size = Files.size(Path.of(target));
			if (size > limit) {
				throw new InvalidPage(InvalidPage.Reason.TOO_LARGE,
						"The file has " + size + " bytes; the limit is " + limit + " (" + setting + ").");
			}
			return Files.readAllBytes(Path.of(target));
		}
		catch (IOException ex) {
			throw new InvalidPage(InvalidPage.Reason.UNREACHABLE, "Cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private void summarise(FeedReport report) {
		if (report.notModified()) {
			out.printf("Feed %s: unchanged since it was last read; nothing to do%n", report.source());
			return;
		}
		out.printf("Feed %s: %d items, %d episodes (%d created, %d updated, %d unchanged)%n", report.source(),
				report.items(), report.episodes().size(), report.count(Change.CREATED), report.count(Change.UPDATED),
				report.count(Change.UNCHANGED));
		report.problems().forEach(problem -> out.printf("    %s%n", problem));
	}

	private void summarise(IngestReport report, int pages) {
		out.printf("Ingested %d of %d pages%n", report.imported().size(), pages);
		out.printf("  episodes: %d created, %d updated, %d unchanged%n", report.count(Change.CREATED),
				report.count(Change.UPDATED), report.count(Change.UNCHANGED));
		out.printf("  people: %d, organisations: %d, topics: %d%n", report.people(), report.organisations(),
				report.topics());
		if (!report.failures().isEmpty()) {
			out.printf("  failed: %d%n", report.failures().size());
			report.failures().forEach(f -> out.printf("    %s: %s%n", f.source(), f.message()));
		}
	}

}
