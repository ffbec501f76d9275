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
import dev.podgraph.ingest.IngestProperties;
import dev.podgraph.ingest.IngestReport;
import dev.podgraph.ingest.InvalidPage;
import dev.podgraph.ingest.PageFailure;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;
import dev.podgraph.ingest.fetch.FetchRefused;
import dev.podgraph.ingest.fetch.SafeFetcher;

/**
 * {@code ingest <file|folder|url>... [--podcast=<title>]}: ingests show-notes pages, showing progress for folders and
 * ending with a summary. Exits with 0 when every page was ingested, 1 when some were refused, 2 on wrong usage.
 */
@Component
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

	/** The command's name, the first argument. */
	public static final String NAME = "ingest";

	private static final List<String> PAGE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".xhtml");

	private final PageImporter importer;

	private final IngestProperties properties;

	private final SafeFetcher fetcher;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	IngestCommand(PageImporter importer, IngestProperties properties) {
		this.importer = importer;
		this.properties = properties;
		var fetch = properties.fetch();
		this.fetcher = new SafeFetcher(new SafeFetcher.Settings(fetch.connectTimeout(), fetch.readTimeout(),
				properties.maxPageSize().toBytes(), fetch.maxRedirects(), fetch.allowPrivateAddresses(),
				fetch.userAgent()));
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
	 * @param podcastTitle the podcast of pages that name none, or {@code null}
	 * @return the exit code
	 */
	int run(List<String> targets, String podcastTitle) {
		if (targets.isEmpty()) {
			err.println("Usage: ingest <file|folder|url>... [--podcast=<title>]");
			return 2;
		}
		long started = System.nanoTime();
		List<PageFailure> refused = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		targets.forEach(target -> pages.addAll(expand(target, refused)));
		int total = pages.size() + refused.size();
		Progress progress = new Progress(err, total);
		int[] written = { 0, 0 };
		IngestReport ingested = importer.importAll(new Pages(pages.iterator(), refused), podcastTitle, batch -> {
			written[0] += batch.imported().size() + batch.failures().size();
			written[1] += batch.failures().size();
			progress.show(refused.size() + written[0], refused.size() + written[1]);
		});
		progress.show(total, refused.size() + written[1]);
		IngestReport all = IngestReport.merge(List.of(new IngestReport(List.of(), refused), ingested));
		summarise(all, total, Duration.ofNanos(System.nanoTime() - started));
		return all.failures().isEmpty() ? 0 : 1;
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

	private List<String> expand(String target, List<PageFailure> unreadable) {
		if (target.contains("://")) {
			return List.of(target);
		}
		Path path = Path.of(target);
		if (Files.isRegularFile(path)) {
			return List.of(target);
		}
		if (!Files.isDirectory(path)) {
			unreadable.add(new PageFailure(target, InvalidPage.Reason.UNREACHABLE, "No such file or folder."));
			return List.of();
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> PAGE_EXTENSIONS.stream().anyMatch(e -> f.toString().toLowerCase(Locale.ROOT).endsWith(e)))
				.map(Path::toString)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + path, ex);
		}
	}

	private PageSource read(String target) {
		if (target.contains("://")) {
			try {
				var fetched = fetcher.fetch(URI.create(target), null, null);
				return new PageSource(target, fetched.body(), fetched.contentType());
			}
			catch (FetchRefused | IllegalArgumentException ex) {
				throw new InvalidPage(InvalidPage.Reason.UNREACHABLE, ex.getMessage(), ex);
			}
		}
		try {
			long size = Files.size(Path.of(target));
			if (size > properties.maxPageSize().toBytes()) {
				throw new InvalidPage(InvalidPage.Reason.TOO_LARGE, "The page has " + size + " bytes; the limit is "
						+ properties.maxPageSize().toBytes() + " (podgraph.ingest.max-page-size).");
			}
			return new PageSource(target, Files.readAllBytes(Path.of(target)), null);
		}
		catch (IOException ex) {
			throw new InvalidPage(InvalidPage.Reason.UNREACHABLE, "Cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private void summarise(IngestReport report, int pages, Duration took) {
		out.printf("Ingested %d of %d pages in %.1f s%n", report.imported().size(), pages, took.toMillis() / 1000.0);
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
