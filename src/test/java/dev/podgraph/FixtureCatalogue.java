package dev.podgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestComponent;

import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.Pages;
import dev.podgraph.recommend.SimilarPass;
import dev.podgraph.search.EmbeddingPass;
import dev.podgraph.topics.VocabularyLoader;

/**
 * The catalogue of the real fixtures, as a user would build it: the seed page and every feed of
 * {@code src/test/resources/feeds} ingested into an empty graph with its vocabulary, then every embedding and every
 * list of similar episodes computed.
 * The hostile and broken feeds are refused, as they should be; that is their test elsewhere.
 */
@TestComponent
public class FixtureCatalogue {

	private static final Path FEEDS = Path.of("src/test/resources/feeds");

	private final TestGraph graph;

	private final VocabularyLoader vocabulary;

	private final PageImporter pages;

	private final FeedImporter feeds;

	private final EmbeddingPass embeddings;

	private final SimilarPass similar;

	FixtureCatalogue(TestGraph graph, VocabularyLoader vocabulary, PageImporter pages, FeedImporter feeds,
			EmbeddingPass embeddings, SimilarPass similar) {
		this.graph = graph;
		this.vocabulary = vocabulary;
		this.pages = pages;
		this.feeds = feeds;
		this.embeddings = embeddings;
		this.similar = similar;
	}

	/** Replaces the graph with the fixtures' catalogue. */
	public void load() {
		graph.clear();
		vocabulary.load();
		ingest(pages, feeds);
		embeddings.catchUp();
		similar.catchUp();
	}

	/**
	 * Ingests the seed page and every feed fixture into whatever the graph holds already; the hostile and broken ones
	 * are refused.
	 */
	public static void ingest(PageImporter pages, FeedImporter feeds) {
		pages.importPage(Pages.seed(".txt"), null);
		for (String feed : feedFixtures()) {
			try {
				feeds.importFeed(new FeedSource(feed, Files.readAllBytes(FEEDS.resolve(feed)), null), null, written -> {
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (RuntimeException refused) {
				// A hostile or broken fixture, refused as it should be.
			}
		}
	}

	/** @return the names of the feed fixtures, sorted */
	public static List<String> feedFixtures() {
		try (Stream<Path> files = Files.list(FEEDS)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".xml") || n.endsWith(".rss"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
