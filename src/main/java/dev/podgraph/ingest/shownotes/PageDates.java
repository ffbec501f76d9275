package dev.podgraph.ingest.shownotes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as episode pages write them: "2nd Jan 2024", "23rd August 2021", "January 2, 2024", "2024-01-02".
 * Numeric day/month forms such as "02/01/2024" are left alone: which is the day depends on the country.
 */
public final class PageDates {

	static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	static final String ORDINAL = "(?:st|nd|rd|th)";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(?<day>\\d{1,2})" + ORDINAL + "?(?:\\s+of)?\\s+" + MONTH + ",?\\s+(?<year>\\d{4})\\b",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL + "?,?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private PageDates() {
	}

	/**
	 * @param text text that may hold a date
	 * @return the first date written in it, if any is valid
	 */
	public static Optional<LocalDate> find(String text) {
		for (Pattern pattern : new Pattern[] { DAY_MONTH_YEAR, MONTH_DAY_YEAR }) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				Optional<LocalDate> date = date(m.group("year"), month(m.group("month")), m.group("day"));
				if (date.isPresent()) {
					return date;
				}
			}
		}
		Matcher iso = ISO.matcher(text);
		while (iso.find()) {
			Optional<LocalDate> date = date(iso.group("year"), Integer.parseInt(iso.group("month")), iso.group("day"));
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/**
	 * @param day a day of the month
	 * @return the English ordinal suffix of that day: "st", "nd", "rd" or "th"
	 */
	static String ordinalSuffix(int day) {
		if (day % 100 >= 11 && day % 100 <= 13) {
			return "th";
		}
		return switch (day % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	private static int month(String name) {
		return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
	}

	private static Optional<LocalDate> date(String year, int month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
