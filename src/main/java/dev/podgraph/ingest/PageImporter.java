package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.ingest.InvalidPage.Reason;
import dev.podgraph.ingest.resolve.Corrections;
import dev.podgraph.ingest.resolve.EntityResolver;
import dev.podgraph.ingest.shownotes.ShowNotesParser;
import dev.podgraph.topics.TopicExtractor;

/**
 * Ingests show-notes pages: reads each (text or HTML), resolves its names, applies the corrections, turns its bullets
 * into topics and writes the episode through the graph's one write path. A page that cannot be read is refused with
 * its reason and writes nothing; the other pages of a bulk ingest go on.
 */
@Service
public class PageImporter {

	private final IngestProperties properties;

	private final EpisodeWriter writer;

	private final Catalogue catalogue;

	private final PageDecoder decoder;

	private final ShowNotesParser parser = new ShowNotesParser();

	private final EpisodeAssembler assembler;

	private final EpisodeBatches batches;

	PageImporter(IngestProperties properties, EpisodeWriter writer, Catalogue catalogue, TopicExtractor topics) {
		this.properties = properties;
		this.writer = writer;
		this.catalogue = catalogue;
		this.decoder = new PageDecoder(properties.maxPageSize().toBytes());
		this.assembler = new EpisodeAssembler(topics);
		this.batches = new EpisodeBatches(writer);
	}

	EpisodeAssembler assembler() {
		return assembler;
	}

	EpisodeBatches batches() {
		return batches;
	}

	/**
	 * Ingests one page in one transaction.
	 * @param page the page
	 * @param podcastTitle the podcast to use when the page names none, or {@code null}
	 * @return the episode it became
	 * @throws InvalidPage when the page cannot be ingested; nothing was written
	 */
	public ImportedEpisode importPage(PageSource page, String podcastTitle) {
		ExtractedEpisode episode = assembler.assemble(read(page), resolver(), podcastTitle);
		return EpisodeBatches.imported(page.name(), episode, writer.write(episode));
	}

	/**
	 * Ingests pages in one transaction; the pages that cannot be read are reported and the others written.
	 * @param pages the pages
	 * @param podcastTitle the podcast to use for pages that name none, or {@code null}
	 * @return each page ingested, each page refused
	 */
	public IngestReport importPages(List<PageSource> pages, String podcastTitle) {
		List<PageFailure> failures = new ArrayList<>();
		List<EpisodeBatches.Sourced> episodes = extractAll(pages, podcastTitle, resolver(), failures);
		return new IngestReport(batches.write(episodes, failures), failures);
	}

	/**
	 * Ingests any number of pages in batches of {@code podgraph.ingest.batch-size}, one transaction each: while one
	 * batch is written, the next is read, so the database and the reading share the machine's cores.
	 * @param pages the pages, read one batch at a time (a folder of files is never all in memory)
	 * @param podcastTitle the podcast of pages that name none, or {@code null}
	 * @param afterBatch told the report of each batch once it is written, for progress
	 * @return what was ingested and refused, over all batches
	 */
	public IngestReport importAll(Iterator<PageSource> pages, String podcastTitle, Consumer<IngestReport> afterBatch) {
		EntityResolver resolver = resolver();
		List<IngestReport> reports = new ArrayList<>();
		ExecutorService writing = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("podgraph-ingest-writer").factory());
		try {
			Future<IngestReport> inFlight = null;
			while (pages.hasNext()) {
				List<PageSource> batch = new ArrayList<>();
				while (pages.hasNext() && batch.size() < properties.batchSize()) {
					batch.add(pages.next());
				}
				List<PageFailure> failures = new ArrayList<>();
				List<EpisodeBatches.Sourced> episodes = extractAll(batch, podcastTitle, resolver, failures);
				if (inFlight != null) {
					reports.add(report(inFlight, afterBatch));
				}
				inFlight = writing.submit(() -> new IngestReport(batches.write(episodes, failures), failures));
			}
			if (inFlight != null) {
				reports.add(report(inFlight, afterBatch));
			}
		}
		finally {
			writing.shutdownNow();
		}
		return IngestReport.merge(reports);
	}

	private static IngestReport report(Future<IngestReport> written, Consumer<IngestReport> afterBatch) {
		try {
			IngestReport report = written.get();
			afterBatch.accept(report);
			return report;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The ingest was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Reads pages into episodes. Reading and finding topics run in parallel; resolving names runs in page order, so
	 * that what one page teaches (an alias) applies to the pages after it, the same way on every run.
	 * @param failures where the refused pages are reported
	 * @return the episodes of the readable pages, in page order
	 */
	List<EpisodeBatches.Sourced> extractAll(List<PageSource> pages, String podcastTitle, EntityResolver resolver,
			List<PageFailure> failures) {
		List<Object> read = pages.parallelStream().map(page -> {
			try {
				return (Object) read(page);
			}
			catch (InvalidPage ex) {
				return ex;
			}
		}).toList();
		List<EpisodeBatches.Sourced> episodes = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			PageSource page = pages.get(i);
			try {
				if (read.get(i) instanceof InvalidPage ex) {
					throw ex;
				}
				episodes.add(new EpisodeBatches.Sourced(page.name(),
						assembler.assemble((EpisodeAssembler.Read) read.get(i), resolver, podcastTitle)));
			}
			catch (InvalidPage ex) {
				failures.add(new PageFailure(page.name(), ex.reason(), ex.getMessage()));
			}
		}
		return episodes;
	}


	private EpisodeAssembler.Read read(PageSource page) {
		if (page.content() == null || page.content().length == 0) {
			throw new InvalidPage(Reason.EMPTY, "The page is empty.");
		}
		var text = decoder.decode(page.content(), page.mediaType(), page.name());
		return assembler.read(parser.parse(text));
	}

	/** A resolver for one ingest: the corrections as the file says now, and the aliases the graph holds now. */
	EntityResolver resolver() {
		return new EntityResolver(corrections(), catalogue.organisationAliases());
	}

	private Corrections corrections() {
		if (!properties.corrections().exists()) {
			return Corrections.NONE;
		}
		try (InputStream in = properties.corrections().getInputStream()) {
			return Corrections.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the corrections file " + properties.corrections(), ex);
		}
	}



}
