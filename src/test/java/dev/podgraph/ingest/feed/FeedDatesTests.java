package dev.podgraph.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTests {

	/** The 50 publication dates that broke another parser (podcast-parser's realproblemdates.txt). */
	static List<String> realProblemDates() throws IOException {
		try (InputStream in = FeedDatesTests.class.getResourceAsStream("/feeds/aux_podcast-parser_real-world-problem-pubdates.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	@Test
	void readsEveryRealProblemDateThatHoldsADate() throws IOException {
		List<String> dates = realProblemDates();
		assertThat(dates).hasSize(50);

		List<String> unread = dates.stream().filter(d -> FeedDates.parse(d).isEmpty()).toList();

		// Only the two blank lines hold no date at all.
		assertThat(unread).hasSize(2).allMatch(String::isBlank);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Wed, 25 maio 2016 19:00 GMT               | 2016-05-25
			Tue, 14 Dic 2010 14:00:00 GMT             | 2010-12-14
			Dom, 28 Abr 2013 20:45:00 GMT             | 2013-04-28
			1159704938                                | 2006-10-01
			Mon, July 8, 2013  -0500                  | 2013-07-08
			Wed 05 May 2010 22:00PDT                  | 2010-05-05
			Thu, 21 Jan 11 21:40:00 +0001             | 2011-01-21
			Mon, 10 Aug 2010 9:8:38 +0900             | 2010-08-10
			Sun, January 31st, 2016 10:30:00 +0900    | 2016-01-31
			Tuesday, November 1st, 2011               | 2011-11-01
			Fly, 7 Oct 2011 09:40:00 +0900            | 2011-10-07
			Sun, 29 Feb 2016 16:00:00 GMT             | 2016-02-29
			Wed,3 Apr 2013 0:01:00 GMT                | 2013-04-03
			07 Nov 2015 12:00:00 EST                  | 2015-11-07
			2021-09-26T07:30:00.000-0600              | 2021-09-26
			Mon30 May 2022/nn /n                      | 2022-05-30
			Mar, 14 Dic 2010 10:00:00 GMT             | 2010-12-14
			""")
	void readsTheDateAsWritten(String raw, LocalDate expected) {
		assertThat(FeedDates.parse(raw)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			not a date
			Mon, 31 Feb 2015 10:00:00 GMT
			12/25/2020
			""")
	void givesNothingForWhatIsNoDate(String raw) {
		assertThat(FeedDates.parse(raw)).isEmpty();
	}

}
