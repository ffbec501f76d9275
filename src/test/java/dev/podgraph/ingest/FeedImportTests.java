package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.EpisodeDetail;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.Role;
import dev.podgraph.graph.WriteOutcome.Change;

/**
 * Every real feed of {@code src/test/resources/feeds} through the importer into the graph, with its expected outcome.
 */
@PodgraphTest
class FeedImportTests {

	static final String SPEC = "spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml";

	static final String LAUNCHED = "interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml";

	@Autowired
	FeedImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	static byte[] bytes(String name) {
		try (InputStream in = FeedImportTests.class.getResourceAsStream("/feeds/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	FeedReport ingest(String name, String podcast) {
		return importer.importFeed(new FeedSource(name, bytes(name), null), podcast, written -> {
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			edge_coding-blocks_huge-cdata-html-descriptions_itunes-episode_83ep.xml                    | 83  | 83  | coding-blocks-podcast
			edge_corvette-today_TRUNCATED_bad-timezones-and-dates_itunes-season-episode_8ep.rss         | 8   | 1   | corvette-today
			edge_kcrw-le-show_duplicate-itunes-episode_empty-descriptions_4ep.xml                       | 4   | 4   | kcrw-s-le-show
			edge_taverncast_leading-newline-before-xml-decl_dates-without-weekday_131ep.rss              | 131 | 130 | taverncast-happy-hour-in-your-head-since-2005
			interview_all-things-chemical_itunes-season-episode_4ep.xml                                 | 4   | 4   | all-things-chemical
			interview_javascript-air_multi-guest-panels_cdata-html_8ep.xml                              | 8   | 8   | javascript-air
			interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml             | 36  | 36  | launched
			micro_gpodder_content-encoded-vs-description-differ_cdata.rss                               | 1   | 1   | html-podcast-with-text-description
			micro_gpodder_episode-podcast-person.rss                                                     | 1   | 1   | podcast
			micro_gpodder_episode-type-invalid.rss                                                       | 1   | 1   | podcast
			micro_lukaswhite_itunes-season-episode-serial.rss                                            | 1   | 1   | podcast-help-desktm
			narrative_serial-this-american-life_itunes-title-episodeType-full-bonus_40ep.rss            | 40  | 40  | serial
			spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml                   | 3   | 3   | podcasting-2-0-namespace-example
			""")
	void ingestsEachRealFeed(String name, int items, long episodes, String podcast) {
		FeedReport report = ingest(name, null);

		assertThat(report.items()).isEqualTo(items);
		assertThat(report.podcast()).isEqualTo(podcast);
		assertThat(graph.countNodes("Episode")).isEqualTo(episodes);
		assertThat(report.count(Change.CREATED)).isEqualTo(episodes);
		assertThat(graph.countNodes("Podcast")).isOne();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			micro_gpodder_episode-number-invalid.rss | given:example-org-example-mp3
			micro_gpodder_episode-season.rss         | given:example-org-example-mp3
			micro_gpodder_itunes-tags-without-xmlns.rss | given:a
			micro_gpodder_no-guid.rss                | given:example-com-test-ogg
			micro_gpodder_no-title.rss               | given:example-com-test-ogg
			""")
	void aFeedWithoutAChannelTitleNeedsThePodcastGiven(String name, String episode) {
		assertThatThrownBy(() -> ingest(name, null)).isInstanceOfSatisfying(InvalidPage.class,
				ex -> assertThat(ex.reason()).isEqualTo(InvalidPage.Reason.NO_PODCAST));
		assertThat(graph.countNodes("Episode")).isZero();

		FeedReport report = ingest(name, "Given");

		assertThat(report.episodes()).extracting(ImportedEpisode::episode).containsExactly(episode);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			edge_feedparser-rs_billion-laughs-entity-expansion.xml    | DOCTYPE
			edge_feedparser_doctype-internal-entity-in-guid.xml       | DOCTYPE
			edge_not-xml-at-all.rss                                    | NOT_XML
			edge_rss-parser_iso-8859-1-portuguese-news_NOT-PODCAST.rss | NOT_PODCAST
			edge_node-feedparser_unescaped-ampersand-in-link.xml       | NOT_PODCAST
			""")
	void refusesWhatIsNoPodcastFeedAndWritesNothing(String name, InvalidFeed.Reason reason) {
		assertThatThrownBy(() -> ingest(name, "Given"))
			.isInstanceOfSatisfying(InvalidFeed.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
		assertThat(graph.counts().values()).allMatch(count -> count == 0);
	}

	@Test
	void anEmptyChannelIsReportedAndWritesNothing() {
		FeedReport report = ingest("micro_gpodder_empty-channel.rss", null);

		assertThat(report.items()).isZero();
		assertThat(report.problems()).contains("The feed has no items; there is nothing to ingest.");
		assertThat(graph.counts().values()).allMatch(count -> count == 0);
	}

	@Test
	void thePodcastingNamespaceExampleYieldsItsHostsGuestsAndCrewWithRoles() {
		ingest(SPEC, null);

		EpisodeDetail third = catalogue.episode("podcasting-2-0-namespace-example:example-com-ep0003").orElseThrow();
		assertThat(third.season()).isEqualTo(1);
		assertThat(third.number()).isEqualTo(3);
		assertThat(third.published()).isEqualTo(LocalDate.of(2020, 10, 9));
		assertThat(third.people()).extracting(c -> c.person().name(), EpisodeDetail.Credit::role)
			.containsExactlyInAnyOrder(tuple("Adam Curry", Role.HOST), tuple("Dave Jones", Role.GUEST));
		assertThat(third.crew()).extracting(c -> c.person().name(), EpisodeDetail.CrewMember::role,
				EpisodeDetail.CrewMember::group)
			.containsExactly(tuple("Becky Smith", "cover art designer", "visuals"));
		assertThat(third.media().transcripts()).isNotEmpty();
		assertThat(third.media().chapters()).startsWith("https://");
		assertThat(third.media().enclosureUrl()).isNotNull();
		assertThat(third.media().publishedRaw()).isEqualTo("Fri, 09 Oct 2020 04:30:38 GMT");

		var adam = catalogue.person("adam-curry").orElseThrow();
		assertThat(adam.appearances()).hasSize(3).allMatch(a -> a.role() == Role.HOST);
		assertThat(adam.hosts()).extracting(NodeRef::key).containsExactly("podcasting-2-0-namespace-example");
		assertThat(adam.image()).isNotNull();
		assertThat(catalogue.person("dave-jones").orElseThrow().appearances()).hasSize(3).allMatch(a -> a.role() == Role.GUEST);
		assertThat(catalogue.person("becky-smith").orElseThrow().credits()).extracting(c -> c.role())
			.containsExactly("cover art designer");
	}

	@Test
	void titlesNameTheGuestsWhereTheFeedDoesNot() {
		ingest(LAUNCHED, null);

		EpisodeDetail overcast = catalogue.episode("launched:0e461a91-941d-4cf2-bdce-f26a3c30b52c").orElseThrow();
		assertThat(overcast.number()).isEqualTo(32);
		assertThat(overcast.people()).extracting(c -> c.person().name(), EpisodeDetail.Credit::role)
			.containsExactlyInAnyOrder(tuple("Marco Arment", Role.GUEST), tuple("Charlie Chapman", Role.HOST));
		assertThat(catalogue.person("charlie-chapman").orElseThrow().appearances()).hasSize(36);

		graph.clear();
		ingest("interview_javascript-air_multi-guest-panels_cdata-html_8ep.xml", null);
		assertThat(catalogue.episodes(new dev.podgraph.graph.PageQuery(0, 20), "javascript-air").orElseThrow().items())
			.anySatisfy(e -> assertThat(e.title()).startsWith("006 jsAir"));
		assertThat(graph.single("""
				MATCH (p:Person)-[:APPEARED_ON {role: 'GUEST'}]->(e:Episode) WHERE e.title STARTS WITH '006'
				RETURN count(p)""", Map.of()).asLong()).isEqualTo(8);
	}

	@Test
	void podcastPersonGuestsWinOverGuestsNamedInTheText() {
		String feed = """
				<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Show</title>
				<item><guid>one</guid><title>One with Jane Doe</title><enclosure url="http://e.org/1.mp3" type="audio/mpeg"/>
				<description>In this episode, Sam Taylor is joined by John Roe, CTO at Acme.</description>
				<podcast:person role="guest">Mary Major</podcast:person></item></channel></rss>""";

		importer.importFeed(new FeedSource("inline", feed.getBytes(StandardCharsets.UTF_8), null), null, w -> {
		});

		// The feed names the guest, so neither the title's nor the description's guest counts; it names no host, so
		// the description's host does.
		assertThat(catalogue.episode("show:one").orElseThrow().people()).extracting(c -> c.person().name(),
				EpisodeDetail.Credit::role)
			.containsExactlyInAnyOrder(tuple("Mary Major", Role.GUEST), tuple("Sam Taylor", Role.HOST));
	}

	@Test
	void reReadingAnUnchangedFeedWritesNothing() {
		ingest(SPEC, null);
		List<String> before = graph.snapshot();

		FeedReport again = ingest(SPEC, null);

		assertThat(again.count(Change.UNCHANGED)).isEqualTo(3);
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedItemIsUpdatedAndANewItemAdded() {
		ingest(SPEC, null);
		String original = new String(bytes(SPEC), StandardCharsets.UTF_8)
			.replace("<title>Episode 2 - The Present</title>", "<title>Episode 2 - The Present, Revised</title>");
		int firstItem = original.indexOf("<item>");
		String edited = original.substring(0, firstItem) + """
				<item>
				    <title>Episode 4 - Tomorrow</title>
				    <guid isPermaLink="true">https://example.com/ep0004</guid>
				    <enclosure url="https://example.com/file-04.mp3" length="1" type="audio/mpeg"/>
				</item>
				""" + original.substring(firstItem);

		FeedReport report = importer.importFeed(new FeedSource("edited", edited.getBytes(StandardCharsets.UTF_8), null),
				null, w -> {
				});

		assertThat(report.episodes()).extracting(ImportedEpisode::episode, ImportedEpisode::change)
			.containsExactlyInAnyOrder(tuple("podcasting-2-0-namespace-example:example-com-ep0004", Change.CREATED),
					tuple("podcasting-2-0-namespace-example:example-com-ep0003", Change.UNCHANGED),
					tuple("podcasting-2-0-namespace-example:example-com-ep0002", Change.UPDATED),
					tuple("podcasting-2-0-namespace-example:example-com-ep0001", Change.UNCHANGED));
		assertThat(catalogue.episode("podcasting-2-0-namespace-example:example-com-ep0002").orElseThrow().title())
			.isEqualTo("Episode 2 - The Present, Revised");
	}

	@Test
	void keepsTheRawDateBesideTheDateItCouldRead() {
		ingest("edge_corvette-today_TRUNCATED_bad-timezones-and-dates_itunes-season-episode_8ep.rss", null);

		EpisodeDetail episode = catalogue.episode("corvette-today:adori-8d2abc8f-65a4-401f-a6ef-45d86a24e0be").orElseThrow();
		assertThat(episode.media().publishedRaw()).isEqualTo("Mon, 22 Dec 2023 14:00:00 +1200");
		assertThat(episode.published()).isEqualTo(LocalDate.of(2023, 12, 22));
	}

	@Test
	void aFeedLongerThanABatchIsReadAndWrittenBatchByBatch() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		int items = new dev.podgraph.bench.SyntheticFeed().write(out, 2_700_000);
		List<Integer> progress = new java.util.ArrayList<>();

		FeedReport report = importer.importFeed(new FeedSource("generated", out.toByteArray(), null), null,
				progress::add);

		assertThat(items).isGreaterThan(1000);
		assertThat(report.items()).isEqualTo(items);
		assertThat(report.count(Change.CREATED)).isEqualTo(items);
		assertThat(graph.countNodes("Episode")).isEqualTo(items);
		assertThat(progress).startsWith(500, 1000).endsWith(items);
		assertThat(report.problems()).isEmpty();
	}

}
