package dev.podgraph.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;

import dev.podgraph.graph.FeedRegistry;
import dev.podgraph.graph.FeedState;
import dev.podgraph.ingest.feed.FeedChannel;
import dev.podgraph.ingest.feed.FeedReader;
import dev.podgraph.ingest.feed.OpenFeed;
import dev.podgraph.ingest.fetch.Fetched;
import dev.podgraph.ingest.fetch.SafeFetcher;
import dev.podgraph.topics.TopicExtractor;

/**
 * Ingests podcast feeds: a feed becomes its podcast and episodes, written through the graph's write path in batches.
 * Fetched by URL, a feed is asked for only if it changed (ETag, Last-Modified) and read only if its content changed;
 * an unchanged item is recognised by the write path and not written. A hostile feed is refused before it is parsed;
 * a broken one is salvaged, and each item that cannot be read is reported while the others go on. The whole feed is
 * checked before anything is written; its items are then read and written a batch at a time, so that a feed of any
 * size is ingested in the memory of one batch.
 */
@Service
public class FeedImporter {

	private final FeedProperties properties;

	private final IngestProperties ingest;

	private final PageImporter pages;

	private final FeedRegistry registry;

	private final FeedReader reader;

	private final FeedEpisodes episodes;

	private final SafeFetcher fetcher;

	FeedImporter(FeedProperties properties, IngestProperties ingest, PageImporter pages, FeedRegistry registry,
			TopicExtractor topics) {
		this.properties = properties;
		this.ingest = ingest;
		this.pages = pages;
		this.registry = registry;
		this.reader = new FeedReader(properties.timeLimit());
		this.episodes = new FeedEpisodes(pages.assembler(), topics);
		this.fetcher = new SafeFetcher(ingest.fetch().settings(properties.maxSize().toBytes()));
	}

	/**
	 * Ingests a feed already in memory (a file, a request body).
	 * @param source the feed
	 * @param podcastTitle the podcast's title when the feed names none, or {@code null}
	 * @param progress told how many items are written so far, after each batch
	 * @return what was read and written, and the problems met
	 * @throws InvalidFeed when the feed is refused or cannot be read at all; nothing was written
	 */
	public FeedReport importFeed(FeedSource source, String podcastTitle, IntConsumer progress) {
		if (source.content().length > properties.maxSize().toBytes()) {
			throw new InvalidFeed(InvalidFeed.Reason.TOO_LARGE, "The feed has " + source.content().length
					+ " bytes; the limit is " + properties.maxSize().toBytes() + " (podgraph.feeds.max-size).");
		}
		OpenFeed feed = reader.open(source.content(), source.contentType());
		FeedChannel channel = feed.channel();
		List<String> problems = new ArrayList<>();
		if (channel.items() == 0) {
			problems.add("The feed has no items; there is nothing to ingest.");
			return new FeedReport(source.name(), null, false, 0, List.of(), concat(feed.problems(), problems));
		}
		if (!channel.isPodcast()) {
			throw new InvalidFeed(InvalidFeed.Reason.NOT_PODCAST, "The feed is not a podcast: it has no iTunes or"
					+ " Podcasting 2.0 tags and no item with audio or video. It looks like a news or blog feed.");
		}
		FeedEpisodes.Episodes extractor = episodes.of(channel, podcastTitle, pages.resolver(), problems);
		List<ImportedEpisode> written = new ArrayList<>();
		List<PageFailure> failures = new ArrayList<>();
		feed.forEachChunk(ingest.batchSize(), items -> {
			List<EpisodeBatches.Sourced> batch = extractor.of(items)
				.stream()
				.map(e -> new EpisodeBatches.Sourced(source.name(), e))
				.toList();
			written.addAll(pages.batches().write(batch, failures));
			progress.accept(written.size());
		});
		failures.forEach(f -> problems.add(f.message()));
		String podcast = written.isEmpty() ? null : extractor.podcastKey();
		return new FeedReport(source.name(), podcast, false, channel.items(), written, concat(feed.problems(), problems));
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * Fetches and ingests a feed, asking the server only for a changed feed and reading it only if its content changed.
	 * @param url the feed's address (http or https, not inside podgraph's own network)
	 * @param podcastTitle the podcast's title when the feed names none, or {@code null}
	 * @param progress told how many items are written so far
	 * @return what was read and written; {@code notModified} when nothing had changed
	 * @throws FetchRefused when the address is not allowed or the fetch fails
	 * @throws InvalidFeed when the feed is refused or cannot be read at all
	 */
	public FeedReport importFeed(URI url, String podcastTitle, IntConsumer progress) {
		return switch (importUrl(url, podcastTitle, progress)) {
			case FetchResult.AFeed feed -> feed.report();
			case FetchResult.NotAFeed page -> throw new InvalidFeed(InvalidFeed.Reason.NOT_XML,
					url + " is not a feed: it answered with " + page.fetched().contentType() + ".");
		};
	}

	/**
	 * What fetching an address gave: a feed, ingested, or something else (a web page) for the caller to read.
	 */
	public sealed interface FetchResult {

		/**
		 * @param report what ingesting the feed did
		 */
		record AFeed(FeedReport report) implements FetchResult {
		}

		/**
		 * @param fetched the response, which is no feed
		 */
		record NotAFeed(Fetched fetched) implements FetchResult {
		}

	}

	/**
	 * Fetches an address and ingests it if it is a feed.
	 * @param url the address (http or https, not inside podgraph's own network)
	 * @param podcastTitle the podcast's title when a feed names none, or {@code null}
	 * @param progress told how many items are written so far
	 * @return the feed's report, or the response when it is no feed
	 */
	public FetchResult importUrl(URI url, String podcastTitle, IntConsumer progress) {
		FeedState known = registry.find(url.toString()).orElse(null);
		Fetched fetched = fetcher.fetch(url, known == null ? null : known.etag(), known == null ? null : known.lastModified());
		if (!fetched.notModified() && !FeedReader.looksLikeFeed(fetched.body())) {
			return new FetchResult.NotAFeed(fetched);
		}
		return new FetchResult.AFeed(read(url, fetched, known, podcastTitle, progress));
	}

	private FeedReport read(URI url, Fetched fetched, FeedState known, String podcastTitle, IntConsumer progress) {
		if (fetched.notModified()) {
			return new FeedReport(url.toString(), known.podcastKey(), true, 0, List.of(), List.of());
		}
		String hash = HexFormat.of().formatHex(sha256(fetched.body()));
		if (known != null && hash.equals(known.contentHash())) {
			registry.save(new FeedState(url.toString(), known.podcastKey(), fetched.etag(), fetched.lastModified(), hash));
			return new FeedReport(url.toString(), known.podcastKey(), true, 0, List.of(), List.of());
		}
		FeedReport report = importFeed(new FeedSource(url.toString(), fetched.body(), fetched.contentType()), podcastTitle,
				progress);
		if (report.podcast() != null) {
			registry.save(new FeedState(url.toString(), report.podcast(), fetched.etag(), fetched.lastModified(), hash));
		}
		return report;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
