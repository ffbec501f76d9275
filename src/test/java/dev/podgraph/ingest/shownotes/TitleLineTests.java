package dev.podgraph.ingest.shownotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

class TitleLineTests {

	@Test
	void readsSeasonAndEpisodeNumbers() {
		TitleLine line = TitleLine.parse("S01 Episode 06: The Long Goodbye");

		assertThat(line.season()).isEqualTo(1);
		assertThat(line.number()).isEqualTo(6);
		assertThat(line.title()).isEqualTo("The Long Goodbye");
	}

	@Test
	void readsANumberAndAGuestAfterADash() {
		TitleLine line = TitleLine.parse("32: Overcast - Marco Arment");

		assertThat(line.number()).isEqualTo(32);
		assertThat(line.title()).isEqualTo("Overcast");
		assertThat(line.guests()).extracting(Credit::name).containsExactly("Marco Arment");
	}

	@Test
	void readsAFeaturedGuestInParentheses() {
		TitleLine line = TitleLine.parse("99: Internet Points (feat. Ian Silber)");

		assertThat(line.number()).isEqualTo(99);
		assertThat(line.title()).isEqualTo("Internet Points");
		assertThat(line.guests()).extracting(Credit::name).containsExactly("Ian Silber");
	}

	@Test
	void readsAGuestAfterWith() {
		TitleLine line = TitleLine.parse("Barbie with Jen Cownie");

		assertThat(line.title()).isEqualTo("Barbie");
		assertThat(line.guests()).extracting(Credit::name).containsExactly("Jen Cownie");
	}

	@Test
	void readsAGuestAndTheirOrganisation() {
		TitleLine line = TitleLine.parse("Podcast Interview With Paul Jongsma, Webtic");

		assertThat(line.title()).isEqualTo("Podcast Interview");
		assertThat(line.guests()).extracting(Credit::name, Credit::title, Credit::organisation)
			.containsExactly(tuple("Paul Jongsma", null, "Webtic"));
	}

	@Test
	void readsAPanelOfGuests() {
		TitleLine line = TitleLine.parse("005 jsAir - Firefox DevTools, React, and Redux with James Long, Jordan Santell, and Lin Clark");

		assertThat(line.number()).isEqualTo(5);
		assertThat(line.guests()).extracting(Credit::name).containsExactly("James Long", "Jordan Santell", "Lin Clark");
	}

	@Test
	void aWithThatIntroducesNoPersonStaysInTheTitle() {
		TitleLine line = TitleLine.parse("26: Hacking with Swift - Paul Hudson");

		assertThat(line.title()).isEqualTo("Hacking with Swift");
		assertThat(line.guests()).extracting(Credit::name).containsExactly("Paul Hudson");
	}

	@Test
	void readsTheNumberAfterTheShowsName() {
		assertThat(TitleLine.parse("Taverncast 62 - Temporal Anomaly", "Taverncast - Happy Hour in Your Head").number())
			.isEqualTo(62);
		assertThat(TitleLine.parse("CORVETTE TODAY #111 - Corvette News", "CORVETTE TODAY").number()).isEqualTo(111);
		assertThat(TitleLine.parse("Top 10 - Best Moments", "Another Show").number()).isNull();
		assertThat(TitleLine.parse("Nice White Parents - Ep. 5").number()).isEqualTo(5);
	}

	@Test
	void aTitleWithoutNumberOrGuestIsKept() {
		TitleLine line = TitleLine.parse("Search Driven Apps");

		assertThat(line.number()).isNull();
		assertThat(line.guests()).isEmpty();
		assertThat(line.title()).isEqualTo("Search Driven Apps");
	}

}
