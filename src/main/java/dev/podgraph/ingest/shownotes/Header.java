package dev.podgraph.ingest.shownotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * The lines above the introduction: "Episode 9", "Published on: 2nd Jan 2024", and the title line "S4 | Ep 9 |
 * Title with Guest, Role at Organisation".
 *
 * @param season the season number, or {@code null}
 * @param number the episode number, or {@code null}
 * @param title the title without its guests, or {@code null}
 * @param published the publication date, or {@code null}
 * @param titleGuests the people the title line names after "with"
 */
record Header(Integer season, Integer number, String title, LocalDate published, List<Credit> titleGuests) {

	// Digits bounded as in TitleLine: a season has at most 3, an episode number at most 4 (here with up to 2 of a day
	// glued on); a longer run of digits is neither, rather than a number too large to hold.
	private static final Pattern EPISODE_LINE = Pattern.compile("^Episode\\s*(?<digits>\\d{1,6})(?<rest>\\D.*)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED = Pattern.compile("^(?:Published|Released|Posted)(?:\\s+on)?\\s*:?\\s*(?<rest>.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern[] TITLE_LINES = {
			Pattern.compile("^S(?:eason)?\\s*(?<season>\\d{1,3})\\s*[|:,]?\\s*E(?:p(?:isode)?)?\\.?\\s*(?<number>\\d{1,4})\\s*[|:–—-]\\s*(?<title>.+)$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:Ep(?:isode)?\\.?|#)\\s*(?<number>\\d{1,4})\\s*[|:–—-]\\s*(?<title>.+)$", Pattern.CASE_INSENSITIVE) };

	/** Reads the header from the first {@code end} lines. */
	static Header read(List<String> lines, int end) {
		Integer season = null;
		Integer number = null;
		String title = null;
		LocalDate published = null;
		List<Credit> titleGuests = List.of();
		for (int i = 0; i < end; i++) {
			String line = lines.get(i);
			Matcher episode = EPISODE_LINE.matcher(line);
			Object[] numberAndDate = episode.matches() ? gluedEpisodeLine(episode) : null;
			if (numberAndDate != null) {
				number = number != null ? number : (Integer) numberAndDate[0];
				published = published != null ? published : (LocalDate) numberAndDate[1];
				continue;
			}
			Matcher publishedLine = PUBLISHED.matcher(line);
			if (published == null && publishedLine.matches()) {
				String rest = publishedLine.group("rest");
				published = PageDates.find(rest.isBlank() && i + 1 < end ? lines.get(i + 1) : rest).orElse(null);
				continue;
			}
			for (Pattern pattern : TITLE_LINES) {
				Matcher t = pattern.matcher(line);
				if (title == null && t.matches()) {
					if (pattern.pattern().contains("?<season>")) {
						season = Integer.valueOf(t.group("season"));
					}
					number = Integer.valueOf(t.group("number"));
					String[] titleAndGuests = TitleLine.splitWith(t.group("title"));
					title = titleAndGuests[0];
					titleGuests = titleAndGuests[1] == null ? List.of() : GuestPhrases.parse(titleAndGuests[1]);
				}
			}
			if (published == null && line.length() < 40 && !PageText.isBullet(line) && hasDigit(line)) {
				published = PageDates.find(line).orElse(null);
			}
		}
		return new Header(season, number, title, published, titleGuests);
	}

	/**
	 * "Episode 9" is episode 9; Captivate's player glues the date on: "Episode 223rd August 2021" is episode 2 of the
	 * 23rd of August 2021. A two-digit day is preferred when both readings are dates.
	 * @return the number and the date (or null), or null when the line is neither form
	 */
	private static Object[] gluedEpisodeLine(Matcher episode) {
		String digits = episode.group("digits");
		String rest = episode.group("rest") == null ? "" : episode.group("rest").strip();
		if (rest.isEmpty()) {
			return new Object[] { Integer.valueOf(digits), null };
		}
		if (!rest.matches("(?i)^(?:st|nd|rd|th)\\b.*")) {
			return null;
		}
		for (int dayLength = 2; dayLength >= 1; dayLength--) {
			if (digits.length() > dayLength) {
				int day = Integer.parseInt(digits.substring(digits.length() - dayLength));
				String suffix = rest.substring(0, 2).toLowerCase(Locale.ROOT);
				Optional<LocalDate> date = PageDates.find(day + rest);
				if (day >= 1 && PageDates.ordinalSuffix(day).equals(suffix) && date.isPresent()) {
					return new Object[] { Integer.valueOf(digits.substring(0, digits.length() - dayLength)), date.get() };
				}
			}
		}
		return null;
	}


	private static boolean hasDigit(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Character.isDigit(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
