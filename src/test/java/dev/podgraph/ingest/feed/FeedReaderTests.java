package dev.podgraph.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.podgraph.ingest.InvalidFeed;

/**
 * Every real feed of {@code src/test/resources/feeds} (copied from shared/fixtures/feeds, provenance in SOURCES.md)
 * read into what it holds, or refused with the reason.
 */
class FeedReaderTests {

	final FeedReader reader = new FeedReader(Duration.ofSeconds(10));

	static byte[] fixture(String name) {
		try (InputStream in = FeedReaderTests.class.getResourceAsStream("/feeds/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Feed read(String name) {
		return reader.read(fixture(name), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "edge_feedparser-rs_billion-laughs-entity-expansion.xml",
			"edge_feedparser_doctype-internal-entity-in-guid.xml" })
	void refusesEveryDoctypeQuicklyWithAClearMessage(String name) {
		// Once untimed, so that loading the parser's classes (slow on a busy machine) is not what is timed.
		assertThatThrownBy(() -> read(name)).isInstanceOf(InvalidFeed.class);
		long started = System.nanoTime();
		assertThatThrownBy(() -> read(name)).isInstanceOfSatisfying(InvalidFeed.class, ex -> {
			assertThat(ex.reason()).isEqualTo(InvalidFeed.Reason.DOCTYPE);
			assertThat(ex.getMessage()).contains("DOCTYPE").contains("billion laughs").contains("XXE");
		});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
	}

	@Test
	void refusesWhatIsNotXml() {
		assertThatThrownBy(() -> read("edge_not-xml-at-all.rss")).isInstanceOfSatisfying(InvalidFeed.class, ex -> {
			assertThat(ex.reason()).isEqualTo(InvalidFeed.Reason.NOT_XML);
			assertThat(ex.getMessage()).isEqualTo("The feed is not XML: it starts with \"i am not xml\".");
		});
	}

	@Test
	void refusesAnEmptyFeed() {
		assertThatThrownBy(() -> reader.read(" \n".getBytes(), null))
			.isInstanceOfSatisfying(InvalidFeed.class, ex -> assertThat(ex.reason()).isEqualTo(InvalidFeed.Reason.EMPTY));
	}

	@Test
	void aDoctypeInsideAnItemsHtmlIsNoDoctype() {
		String feed = """
				<rss version="2.0"><channel><title>Show</title><item><title>One</title>
				<description><![CDATA[<!DOCTYPE html><p>Hello</p>]]></description></item></channel></rss>""";

		assertThat(reader.read(feed.getBytes(), null).items()).hasSize(1);
	}

	@Test
	void salvagesATruncatedFeedItemByItem() {
		Feed feed = read("edge_corvette-today_TRUNCATED_bad-timezones-and-dates_itunes-season-episode_8ep.rss");

		assertThat(feed.title()).isEqualTo("CORVETTE TODAY");
		assertThat(feed.items()).hasSize(8);
		assertThat(feed.problems()).anyMatch(p -> p.contains("not well-formed XML"));
		assertThat(feed.items()).extracting(FeedItem::season, FeedItem::episode).first().isEqualTo(tuple(3, new BigDecimal("111")));
		// The same item four times over with dates in four shapes, one of them mangled.
		assertThat(feed.items().subList(0, 4)).extracting(FeedItem::published).containsOnly(LocalDate.of(2022, 5, 30));
		assertThat(feed.items().get(3).publishedRaw()).isEqualTo("Mon30 May 2022/nn /n");
	}

	@Test
	void salvagesAFeedWithABareAmpersandAndKeepsEveryItem() {
		Feed feed = read("edge_node-feedparser_unescaped-ampersand-in-link.xml");

		assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Good Item", "Bad Item", "Item After Error");
		assertThat(feed.items().get(1).link()).isEqualTo("http://example.com/bad?foo=1&bar=2");
		assertThat(feed.problems()).singleElement().asString().contains("line 15");
		// News without media or podcast tags: read, but no podcast.
		assertThat(feed.isPodcast()).isFalse();
	}

	@Test
	void readsTheDeclaredEncoding() {
		Feed feed = read("edge_rss-parser_iso-8859-1-portuguese-news_NOT-PODCAST.rss");

		assertThat(feed.title()).isEqualTo("Jornal de Notícias - Últimas Notícias");
		assertThat(feed.items()).hasSize(40);
		assertThat(feed.items().getFirst().title()).isEqualTo("Mãe de utente é a nova presidente da Raríssimas");
		assertThat(feed.isPodcast()).isFalse();
	}

	@Test
	void readsAFeedWithTextBeforeItsXmlDeclarationAndDatesWithoutWeekday() {
		Feed feed = read("edge_taverncast_leading-newline-before-xml-decl_dates-without-weekday_131ep.rss");

		assertThat(feed.items()).hasSize(131);
		assertThat(feed.problems()).anyMatch(p -> p.contains("before its XML begins"));
		assertThat(feed.items()).allMatch(i -> i.published() != null);
		assertThat(feed.items().getFirst().published()).isEqualTo(LocalDate.of(2015, 11, 7));
	}

	@Test
	void readsDuplicateEpisodeNumbersAndEpisodeTypes() {
		Feed feed = read("edge_kcrw-le-show_duplicate-itunes-episode_empty-descriptions_4ep.xml");

		assertThat(feed.items()).hasSize(4);
		assertThat(feed.items()).extracting(FeedItem::season, FeedReaderTests::number, FeedItem::episodeType)
			.startsWith(tuple(1, 1, "full"), tuple(1, 2, "trailer"), tuple(1, 2, "bonus"));
		assertThat(feed.items()).extracting(FeedItem::guid).doesNotHaveDuplicates();
	}

	@Test
	void readsSeasonsEpisodesAndHtmlDescriptions() {
		Feed chemical = read("interview_all-things-chemical_itunes-season-episode_4ep.xml");
		assertThat(chemical.items()).extracting(FeedItem::title, FeedItem::season, FeedReaderTests::number)
			.startsWith(tuple("Confidential Business Information under TSCA", 1, 3));
		assertThat(chemical.channel().author()).isEqualTo("Bergeson & Campbell, PC");

		Feed codingBlocks = read("edge_coding-blocks_huge-cdata-html-descriptions_itunes-episode_83ep.xml");
		assertThat(codingBlocks.items()).hasSize(83);
		assertThat(codingBlocks.items().getFirst().content()).contains("<");

		assertThat(read("interview_javascript-air_multi-guest-panels_cdata-html_8ep.xml").items()).hasSize(8);
		assertThat(read("narrative_serial-this-american-life_itunes-title-episodeType-full-bonus_40ep.rss").items())
			.hasSize(40)
			.extracting(FeedItem::episodeType)
			.contains("full", "bonus");
	}

	@Test
	void readsPodcastPersonTagsWithRolesGroupsAndDefaults() {
		Feed spec = read("spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml");

		assertThat(spec.items()).hasSize(3);
		FeedItem third = spec.items().getFirst();
		assertThat(third.season()).isEqualTo(1);
		assertThat(third.episode()).isEqualByComparingTo("3");
		assertThat(third.people()).extracting(FeedPerson::name, FeedPerson::role, FeedPerson::group)
			.containsExactly(tuple("Adam Curry", "host", "cast"), tuple("Dave Jones", "guest", "cast"),
					tuple("Becky Smith", "cover art designer", "visuals"));
		assertThat(third.transcripts()).isNotEmpty();
		assertThat(third.chapters()).startsWith("https://");

		Feed gpodder = read("micro_gpodder_episode-podcast-person.rss");
		assertThat(gpodder.items().getFirst().people()).extracting(FeedPerson::name, FeedPerson::role, FeedPerson::group,
				FeedPerson::img)
			.containsExactly(tuple("John Doe", "host", "cast", "http://www.example.com/avatar.jpg"),
					tuple("Stephanie Smith", "guest", "cast", null));
		assertThat(gpodder.items().getFirst().episodeType()).isEqualTo("trailer");
	}

	@Test
	void readsTheChannelsPeopleOfAFireSideFeed() {
		Feed launched = read("interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml");

		assertThat(launched.items()).hasSize(36);
		assertThat(launched.items()).allSatisfy(i -> assertThat(i.people()).extracting(FeedPerson::name, FeedPerson::role)
			.containsExactly(tuple("Charlie Chapman", "host")));
	}

	@Test
	void readsTagsWhosePrefixIsNotDeclared() {
		Feed feed = read("micro_gpodder_itunes-tags-without-xmlns.rss");

		assertThat(feed.items()).extracting(FeedItem::guid, FeedItem::title).containsExactly(tuple("a", "Namespace Test"));
		assertThat(feed.problems()).singleElement().asString().contains("[itunes]");
		assertThat(read("micro_gpodder_episode-season.rss").items().getFirst().season()).isEqualTo(1);
		Feed serial = read("micro_lukaswhite_itunes-season-episode-serial.rss");
		assertThat(serial.items()).extracting(FeedItem::season, FeedReaderTests::number, FeedItem::episodeType)
			.containsExactly(tuple(2, 5, "full"));
	}

	@Test
	void reportsInvalidValuesAndKeepsTheItem() {
		Feed number = read("micro_gpodder_episode-number-invalid.rss");
		assertThat(number.items()).singleElement().satisfies(i -> assertThat(i.episode()).isNull());
		assertThat(number.problems()).anyMatch(p -> p.contains("\"-1\" is negative"));

		Feed type = read("micro_gpodder_episode-type-invalid.rss");
		assertThat(type.items()).singleElement().satisfies(i -> assertThat(i.episodeType()).isNull());
		assertThat(type.problems()).anyMatch(p -> p.contains("\"russkie_vpered\""));
	}

	@Test
	void keepsWhatItemsWithoutGuidOrTitleHave() {
		FeedItem noGuid = read("micro_gpodder_no-guid.rss").items().getFirst();
		assertThat(noGuid.guid()).isNull();
		assertThat(noGuid.enclosureUrl()).isEqualTo("http://example.com/test.ogg");
		assertThat(noGuid.link()).isEqualTo("http://example.com/episode/1");

		FeedItem noTitle = read("micro_gpodder_no-title.rss").items().getFirst();
		assertThat(noTitle.title()).isNull();
		assertThat(noTitle.enclosureUrl()).isEqualTo("http://example.com/test.ogg");
	}

	@Test
	void readsContentEncodedBesideTheDescription() {
		FeedItem item = read("micro_gpodder_content-encoded-vs-description-differ_cdata.rss").items().getFirst();

		assertThat(item.content()).isEqualTo("<h1>This is also a <em>test</em></h1>");
		assertThat(item.description()).isEqualTo("<h1>This text will be discarded</h1>");
	}

	@Test
	void readsAnEmptyChannelAsAFeedWithoutItems() {
		Feed feed = read("micro_gpodder_empty-channel.rss");

		assertThat(feed.items()).isEmpty();
		assertThat(feed.title()).isNull();
	}

	@Test
	void readsItemsPlacedStraightUnderRss() {
		Feed feed = reader.read("""
				<rss version="2.0"><title>Show</title><item><title>One</title><enclosure url="http://e.org/1.mp3" type="audio/mpeg"/></item></rss>"""
			.getBytes(), null);

		assertThat(feed.items()).extracting(FeedItem::title).containsExactly("One");
		assertThat(feed.problems()).anyMatch(p -> p.contains("no <channel>"));
	}

	@Test
	void readsAtom() {
		Feed feed = reader.read("""
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Show</title>
				<entry><id>urn:uuid:1</id><title>First</title><published>2024-01-02T10:00:00Z</published>
				<link rel="enclosure" href="http://e.org/1.mp3" type="audio/mpeg"/></entry></feed>""".getBytes(), null);

		assertThat(feed.items()).extracting(FeedItem::guid, FeedItem::title, FeedItem::published, FeedItem::enclosureUrl)
			.containsExactly(tuple("urn:uuid:1", "First", LocalDate.of(2024, 1, 2), "http://e.org/1.mp3"));
	}

	static Integer number(FeedItem item) {
		return item.episode() == null ? null : item.episode().intValue();
	}

	@Test
	void aFeedThatTakesTooLongIsRefused() {
		FeedReader impatient = new FeedReader(Duration.ZERO);

		assertThatThrownBy(() -> impatient.read(fixture("interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml"), null))
			.isInstanceOfSatisfying(InvalidFeed.class, ex -> assertThat(ex.reason()).isEqualTo(InvalidFeed.Reason.TOO_SLOW));
	}

	@ParameterizedTest
	@ValueSource(strings = { "edge_coding-blocks_huge-cdata-html-descriptions_itunes-episode_83ep.xml",
			"edge_kcrw-le-show_duplicate-itunes-episode_empty-descriptions_4ep.xml",
			"edge_rss-parser_iso-8859-1-portuguese-news_NOT-PODCAST.rss",
			"interview_all-things-chemical_itunes-season-episode_4ep.xml",
			"interview_javascript-air_multi-guest-panels_cdata-html_8ep.xml",
			"interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml",
			"micro_gpodder_content-encoded-vs-description-differ_cdata.rss", "micro_gpodder_empty-channel.rss",
			"micro_gpodder_no-guid.rss",
			"micro_gpodder_no-title.rss", "micro_lukaswhite_itunes-season-episode-serial.rss",
			"narrative_serial-this-american-life_itunes-title-episodeType-full-bonus_40ep.rss",
			"spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml" })
	void readsAWellFormedFeedAsAStreamExactlyAsInMemory(String name) {
		OpenFeed streamed = reader.open(fixture(name), null);
		OpenFeed inMemory = reader.open(fixture(name), null, false);

		assertThat(streamed.streamed()).isTrue();
		assertThat(inMemory.streamed()).isFalse();
		assertThat(streamed.channel()).isEqualTo(inMemory.channel());
		assertThat(items(streamed, 7)).isEqualTo(items(inMemory, 500)).hasSize(streamed.channel().items());
		assertThat(streamed.problems()).isEqualTo(inMemory.problems());
	}

	@ParameterizedTest
	@ValueSource(strings = { "edge_corvette-today_TRUNCATED_bad-timezones-and-dates_itunes-season-episode_8ep.rss",
			"edge_node-feedparser_unescaped-ampersand-in-link.xml",
			"edge_taverncast_leading-newline-before-xml-decl_dates-without-weekday_131ep.rss",
			"micro_gpodder_itunes-tags-without-xmlns.rss", "micro_gpodder_episode-number-invalid.rss",
			"micro_gpodder_episode-podcast-person.rss", "micro_gpodder_episode-season.rss",
			"micro_gpodder_episode-type-invalid.rss" })
	void repairsABrokenFeedInMemory(String name) {
		OpenFeed feed = reader.open(fixture(name), null);

		assertThat(feed.streamed()).isFalse();
		assertThat(feed.problems()).isNotEmpty();
		assertThat(items(feed, 3)).hasSize(feed.channel().items());
	}

	@Test
	void handsOverItemsInChunksInFeedOrder() {
		OpenFeed feed = reader.open(fixture("interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml"), null);
		List<List<Integer>> chunks = new java.util.ArrayList<>();

		feed.forEachChunk(10, chunk -> chunks.add(chunk.stream().map(FeedItem::position).toList()));

		assertThat(chunks).extracting(List::size).containsExactly(10, 10, 10, 6);
		assertThat(chunks.stream().flatMap(List::stream)).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 36).boxed().toList());
	}

	@Test
	void readsItemsStraightUnderTheRootAsAStreamToo() {
		String feed = """
				<?xml version="1.0"?>
				<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><title>Show</title>
				<item><title>One</title><itunes:episode>1</itunes:episode></item>
				<item><title>Two</title><itunes:episode>2</itunes:episode></item></rss>""";

		OpenFeed open = reader.open(feed.getBytes(), null);

		assertThat(open.streamed()).isTrue();
		assertThat(open.channel().title()).isEqualTo("Show");
		assertThat(items(open, 1)).extracting(FeedItem::title).containsExactly("One", "Two");
		assertThat(open.problems()).containsExactly("The feed has no <channel>; its elements were read as the channel's.");
	}

	@Test
	void theTimeTheConsumerTakesDoesNotCountAgainstTheLimit() {
		FeedReader quick = new FeedReader(Duration.ofMillis(300));
		OpenFeed feed = quick.open(fixture("interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml"), null);
		List<FeedItem> items = new java.util.ArrayList<>();

		feed.forEachChunk(12, chunk -> {
			items.addAll(chunk);
			sleep(Duration.ofMillis(200));
		});

		assertThat(items).hasSize(36);
	}

	static List<FeedItem> items(OpenFeed feed, int chunkSize) {
		List<FeedItem> items = new java.util.ArrayList<>();
		feed.forEachChunk(chunkSize, items::addAll);
		return items;
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
