package dev.podgraph.ingest.shownotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JoinsTheShowTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Josh Holtz joins the show to talk about what it's like being lead maintainer of Fastlane.   | Josh Holtz
			Stu Maschwitz and Clint Torres join the show to talk about their screenwriting app Slugline. | Stu Maschwitz, Clint Torres
			Productivity expert Rosemary Orchard joins the show to talk about the launch of her books.   | Rosemary Orchard
			Charlie talks to Christian Selig, the creator of the indie Reddit app Apollo.                | Christian Selig
			This week, I sat down with Dr. Richard Engler, our Director of Chemistry, to discuss CBI.   | Richard Engler
			You down with AOP? This week we're talking with Vlad Hrybok about his framework.             | Vlad Hrybok
			It's time for more cowbell as we have a special guest in the studio, Will Madison, join us.  | Will Madison
			""")
	void findsTheGuestsAnOpeningSentenceAnnounces(String description, String guests) {
		assertThat(JoinsTheShow.guests(description)).extracting(ShowNotes.Credit::name)
			.containsExactly(guests.split(",\\s*"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Launched is taking a break for the summer. See you next fall!
			We talk with each other about the news of the week.
			The Big Picture joins the show to talk about nothing.
			""")
	void findsNoGuestWhereNoPersonIsAnnounced(String description) {
		assertThat(JoinsTheShow.guests(description)).isEmpty();
	}

}
