package dev.podgraph.ingest.shownotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;
import dev.podgraph.ingest.shownotes.ShowNotes.Mention;

class ShowNotesParserTests {

	static final String SEED = "driven-by-data_s4e9_aimee-smith";

	final ShowNotesParser parser = new ShowNotesParser();

	static String resource(String name) {
		try (InputStream in = ShowNotesParserTests.class.getResourceAsStream("/pages/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ShowNotes seed(String variant) {
		String text = resource(SEED + variant);
		PageText page = variant.endsWith(".html") ? PageText.ofHtml(text) : PageText.ofText(text);
		return new ShowNotesParser().parse(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { ".txt", ".html", "_player.txt" })
	void readsTheSeedPageInEveryLayout(String variant) {
		ShowNotes notes = seed(variant);

		assertThat(notes.podcastTitle()).isEqualTo("Driven by Data: The Podcast");
		assertThat(notes.producers()).containsExactly("Orbition Group");
		assertThat(notes.season()).isEqualTo(4);
		assertThat(notes.number()).isEqualTo(9);
		assertThat(notes.title()).isEqualTo("Building Trust; The Power of Prediction");
		assertThat(notes.published()).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(notes.guests()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Aimee Smith", "Director of Data", "Metropolitan Police"));
		assertThat(notes.guests().getFirst().organisationAliases()).containsExactly("Scotland Yard", "Met Police");
		assertThat(notes.hosts()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Kyle Winterbottom", "Founder", "Orbition Group"));
		assertThat(notes.sponsors()).containsExactly("Cambridge Spark");
		assertThat(notes.bullets()).hasSize(24)
			.startsWith("Tackling Organised Crime Groups")
			.contains("Tackling bias and ethics as an organisation that people love to scrutinise")
			.endsWith("Needing to build trust with the public before they can execute on predictive analytics")
			.noneMatch(b -> b.contains("Cambridge Spark") || b.contains("EDUKATE") || b.contains("shout-out"));
		assertThat(notes.mentions()).containsExactly(new Mention("Davin Crowley Sweet", true));
		assertThat(notes.summary()).startsWith("In Episode 9, of Season 4, of Driven by Data: The Podcast");
		assertThat(notes.podcastDescription()).startsWith("Designed for Data Enthusiasts");
	}

	@Test
	void theThreeLayoutsAgree() {
		assertThat(seed(".html")).isEqualTo(seed(".txt"));
		assertThat(seed("_player.txt")).isEqualTo(seed(".txt"));
	}

	@Test
	void readsAGuestIntroducedWithWasJoinedBy() {
		ShowNotes notes = parse("""
				Ep 12: Scaling data teams
				On this episode of Data Chats, Sam Host was joined by Jane Doe, Head of Analytics at Acme Corp, to discuss scaling.
				- Hiring the first data engineer
				""");

		assertThat(notes.number()).isEqualTo(12);
		assertThat(notes.title()).isEqualTo("Scaling data teams");
		assertThat(notes.hosts()).extracting(Credit::name).containsExactly("Sam Host");
		assertThat(notes.guests()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Jane Doe", "Head of Analytics", "Acme Corp"));
		assertThat(notes.bullets()).containsExactly("Hiring the first data engineer");
	}

	@Test
	void readsTwoGuestsEachWithTheirRole() {
		ShowNotes notes = parse("""
				In this episode, Sam Host is joined by Jane Doe, CTO of Beta Labs, and Dr. John Roe, Head of Data and Analytics at Ernst and Young, where they discuss trust.
				• Trust
				""");

		assertThat(notes.guests()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Jane Doe", "CTO", "Beta Labs"),
					tuple("John Roe", "Head of Data and Analytics", "Ernst and Young"));
	}

	@Test
	void readsGuestsNamedInTheTitleWithAnd() {
		ShowNotes notes = parse("""
				S2 | Ep 3 | Dealing with data debt with Jane Doe and John Roe
				* Data debt
				* Paying it back
				""");

		assertThat(notes.season()).isEqualTo(2);
		assertThat(notes.title()).isEqualTo("Dealing with data debt");
		assertThat(notes.guests()).extracting(Credit::name).containsExactly("Jane Doe", "John Roe");
		assertThat(notes.bullets()).containsExactly("Data debt", "Paying it back");
	}

	@Test
	void readsAGuestWithNoRoleOrOrganisation() {
		ShowNotes notes = parse("""
				In Episode 4 of Data Chats, Sam Host is joined by Jane Doe, where they talk about careers.
				1. First jobs
				2) Changing fields
				""");

		assertThat(notes.guests()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Jane Doe", null, null));
		assertThat(notes.podcastTitle()).isEqualTo("Data Chats");
		assertThat(notes.number()).isEqualTo(4);
		assertThat(notes.bullets()).containsExactly("First jobs", "Changing fields");
	}

	@Test
	void readsTheEpisodeNumberGluedToTheDateInThePlayer() {
		ShowNotes notes = parse("""
				Episode 223rd August 2021
				Shownotes
				- Something discussed
				""");

		assertThat(notes.number()).isEqualTo(2);
		assertThat(notes.published()).isEqualTo(LocalDate.of(2021, 8, 23));
		assertThat(notes.bullets()).containsExactly("Something discussed");
	}

	@Test
	void aNumberTooLongForASeasonOrAnEpisodeIsNeither() {
		// Found by the fuzz run: eighty digits after "Season" threw instead of being read as no number.
		String digits = "4".repeat(80);
		List<ShowNotes> pages = List.of(
				parse("In Episode " + digits + ", of Season " + digits + ", Sam Host is joined by Jane Doe.\n- Real topic\n"),
				parse("S" + digits + " | Ep " + digits + " | A title\n- Real topic\n"),
				parse("Episode " + digits + "\n- Real topic\n"), parse("Episode " + digits + "rd August 2021\n- Real topic\n"));

		assertThat(pages).allSatisfy(notes -> {
			assertThat(notes.season()).isNull();
			assertThat(notes.number()).isNull();
			assertThat(notes.bullets()).containsExactly("Real topic");
		});
		assertThat(pages.getFirst().guests()).extracting(Credit::name).containsExactly("Jane Doe");
	}

	@Test
	void aMentionedPersonIsNeitherGuestNorTopicAndTheHostIsNoGuest() {
		ShowNotes notes = parse("""
				S1 | Ep 1 | Opening with Sam Host
				In Episode 1, Sam Host is joined by Jane Doe.
				- Big shout out to Acme Labs and John Roe!
				- What we learnt
				""");

		assertThat(notes.guests()).extracting(Credit::name).containsExactly("Jane Doe");
		assertThat(notes.hosts()).extracting(Credit::name).containsExactly("Sam Host");
		assertThat(notes.mentions()).containsExactly(new Mention("Acme Labs", false), new Mention("John Roe", true));
		assertThat(notes.bullets()).containsExactly("What we learnt");
	}

	@Test
	void sponsorCopyAndLinksAreNotShowNotes() {
		ShowNotes notes = parse("""
				In this episode, Sam Host is joined by Jane Doe.
				- Real topic
				This episode is sponsored by Acme Learning. Acme Learning teaches.
				- Sponsor feature one
				Links
				- https://example.org
				""");

		assertThat(notes.sponsors()).containsExactly("Acme Learning");
		assertThat(notes.bullets()).containsExactly("Real topic");
	}

	@Test
	void aPageWithoutAnEpisodeYieldsNothing() {
		ShowNotes notes = parse("Lorem ipsum dolor sit amet.\nNothing here.");

		assertThat(notes.title()).isNull();
		assertThat(notes.number()).isNull();
		assertThat(notes.podcastTitle()).isNull();
		assertThat(notes.guests()).isEmpty();
		assertThat(notes.bullets()).isEmpty();
	}

	@Test
	void htmlListItemsAreBulletsAndScriptsAreIgnored() {
		ShowNotes notes = parser.parse(PageText.ofHtml("""
				<p>In this episode, Sam Host is joined by Jane Doe.</p>
				<ul><li>First <b>topic</b></li><li>Second topic<script>alert('x')</script></li></ul>
				"""));

		assertThat(notes.bullets()).containsExactly("First topic", "Second topic");
	}

	private ShowNotes parse(String text) {
		return parser.parse(PageText.ofText(text));
	}

	static List<String> lines(String text) {
		return PageText.ofText(text).lines();
	}

}
