package dev.podgraph.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as real feeds write them, which is often not RFC 822: wrong weekdays ("Fly,", "Thus,"), full
 * month names, months in Portuguese or Spanish ("maio", "Dic", "Abr"), two-digit years, ordinals ("31st"), missing
 * seconds or times ("9:8:38", "22:00PDT"), named zones, Unix timestamps and ISO 8601. The date is read as written, in
 * the feed's own zone; what cannot be read gives nothing, and the caller keeps the raw text.
 */
public final class FeedDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(
			// English
			Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
			Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5),
			Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
			Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
			Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
			Map.entry("dec", 12), Map.entry("december", 12),
			// Portuguese
			Map.entry("janeiro", 1), Map.entry("fev", 2), Map.entry("fevereiro", 2), Map.entry("marco", 3),
			Map.entry("março", 3), Map.entry("abr", 4), Map.entry("abril", 4), Map.entry("mai", 5), Map.entry("maio", 5),
			Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("ago", 8), Map.entry("agosto", 8), Map.entry("set", 9),
			Map.entry("setembro", 9), Map.entry("out", 10), Map.entry("outubro", 10), Map.entry("novembro", 11),
			Map.entry("dez", 12), Map.entry("dezembro", 12),
			// Spanish
			Map.entry("ene", 1), Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("mayo", 5),
			Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
			Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("dic", 12), Map.entry("diciembre", 12),
			// French and German
			Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
			Map.entry("avril", 4), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
			Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("décembre", 12), Map.entry("januar", 1),
			Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("mär", 3), Map.entry("juni", 6), Map.entry("juli", 7),
			Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("dezember", 12));

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+|\\d+(?::\\d+){1,2}|\\d+|[+-]\\d{2}:?\\d{2}");

	private static final Pattern EPOCH = Pattern.compile("^\\d{9,10}$|^\\d{12,13}$");

	private FeedDates() {
	}

	/**
	 * @param raw a date as a feed wrote it
	 * @return the calendar date it means, if it can be read
	 */
	public static Optional<LocalDate> parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String text = raw.strip();
		if (EPOCH.matcher(text).matches()) {
			long value = Long.parseLong(text);
			Instant instant = text.length() >= 12 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
			return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
		}
		Optional<LocalDate> iso = iso(text);
		return iso.isPresent() ? iso : fromTokens(text.toLowerCase(Locale.ROOT));
	}

	private static Optional<LocalDate> iso(String text) {
		try {
			return Optional.of(OffsetDateTime.parse(text).toLocalDate());
		}
		catch (DateTimeParseException notAnOffsetDateTime) {
			try {
				return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text));
			}
			catch (DateTimeParseException notIso) {
				return Optional.empty();
			}
		}
	}

	/** Finds a month name, the day next to it and a year among the words and numbers, ignoring weekdays and times. */
	private static Optional<LocalDate> fromTokens(String text) {
		var tokens = new java.util.ArrayList<String>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		// The last month name with a day beside it: a weekday such as the Spanish "mar" (martes) is also a month.
		int monthAt = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (MONTHS.containsKey(tokens.get(i)) && dayNear(tokens, i) != null) {
				monthAt = i;
			}
		}
		if (monthAt < 0) {
			return Optional.empty();
		}
		Integer day = dayNear(tokens, monthAt);
		Integer year = yearAfter(tokens, monthAt);
		if (day == null || year == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(year, MONTHS.get(tokens.get(monthAt)), day));
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}

	/** "7 Oct" or "Oct 7" (ordinals lost their suffix in tokenising: "31st" is "31" then "st"). */
	private static Integer dayNear(java.util.List<String> tokens, int monthAt) {
		for (int i : new int[] { monthAt - 1, monthAt + 1 }) {
			if (i >= 0 && i < tokens.size() && tokens.get(i).matches("\\d{1,2}")) {
				int day = Integer.parseInt(tokens.get(i));
				if (day >= 1 && day <= 31) {
					return day;
				}
			}
		}
		return null;
	}

	/** The first number after the month that is not its day nor a time: four digits, or two ("Jan 11" is 2011). */
	private static Integer yearAfter(java.util.List<String> tokens, int monthAt) {
		boolean dayAfterMonth = monthAt + 1 < tokens.size() && tokens.get(monthAt + 1).matches("\\d{1,2}")
				&& (monthAt == 0 || !tokens.get(monthAt - 1).matches("\\d{1,2}"));
		for (int i = monthAt + (dayAfterMonth ? 2 : 1); i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.matches("\\d{4}")) {
				return Integer.parseInt(token);
			}
			if (token.matches("\\d{2}")) {
				int year = Integer.parseInt(token);
				return year < 70 ? 2000 + year : 1900 + year;
			}
			if (token.contains(":")) {
				return null;
			}
		}
		return null;
	}

}
