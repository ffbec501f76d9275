package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * An episode title as podcasts write them, numbered and naming guests in many ways: "S01 Episode 06: ...",
 * "32: Overcast - Marco Arment", "99: Internet Points (feat. Ian Silber)", "Barbie with Jen Cownie", "Podcast
 * Interview With Paul Jongsma, Webtic", "007 jsAir - ... with Dan Abramov and Brian Lonsdorf".
 *
 * @param season the season number it gives, or {@code null}
 * @param number the episode number it gives, or {@code null}
 * @param title the title without numbering and guests
 * @param guests the people it names as guests
 */
public record TitleLine(Integer season, Integer number, String title, List<Credit> guests) {

	public TitleLine {
		guests = List.copyOf(guests);
	}

	private static final Pattern SEASON_EPISODE = Pattern.compile(
			"^S(?:eason)?\\s*(\\d{1,3})\\s*[|:,]?\\s*(?:E|Ep\\.?|Episode)\\s*(\\d{1,4})\\s*(?:[|:–—.]|-\\s|\\s)\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern EPISODE = Pattern.compile("^(?:Episode|Ep\\.?|E|#)\\s*(\\d{1,4})\\s*(?:[|:–—.]|-\\s)\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})\\s*(?:[|:–—.)]|-\\s)\\s*(.*)$");

	/** "007 jsAir": zero-padded numbers need no separator; a bare "2019 in review" is no episode number. */
	private static final Pattern PADDED_NUMBER = Pattern.compile("^(0\\d{1,3})\\s+(.*)$");

	/** "Taverncast 62 - Temporal Anomaly", "CORVETTE TODAY #111 - News": the show's name, then the number. */
	private static final Pattern SHOW_NUMBER = Pattern.compile("^(.{2,60}?)\\s+#?(\\d{1,4})\\s*(?:[|:–—]|-\\s)\\s*(.*)$");

	/** "Nice White Parents - Ep. 5": the number at the end. */
	private static final Pattern NUMBER_AT_END = Pattern.compile(
			"^(.*?)\\s*[-–—|:]\\s*(?:Ep\\.?|Episode|Part|Pt\\.?|#)\\s*(\\d{1,4})\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern FEATURING = Pattern.compile("\\s*\\((?:feat\\.?|ft\\.?|featuring|with|w/)\\s+([^)]+)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WITH = Pattern.compile("\\s+(?:with|featuring|feat\\.?|ft\\.?)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern DASH_NAMES = Pattern.compile("\\s[-–—|]\\s+([^-–—|]+)$");

	/**
	 * @param text an episode title
	 * @return its numbering, its guests and what remains of the title
	 */
	public static TitleLine parse(String text) {
		return parse(text, null);
	}

	/**
	 * @param text an episode title
	 * @param podcastTitle the podcast's title, whose name may come before the number ("Taverncast 62 - ..."), or
	 * {@code null}
	 * @return its numbering, its guests and what remains of the title
	 */
	public static TitleLine parse(String text, String podcastTitle) {
		String rest = text.strip();
		Integer season = null;
		Integer number = null;
		Matcher m;
		if ((m = SEASON_EPISODE.matcher(rest)).matches()) {
			season = Integer.valueOf(m.group(1));
			number = Integer.valueOf(m.group(2));
			rest = m.group(3);
		}
		else if ((m = EPISODE.matcher(rest)).matches() || (m = NUMBER.matcher(rest)).matches()
				|| (m = PADDED_NUMBER.matcher(rest)).matches()) {
			number = Integer.valueOf(m.group(1));
			rest = m.group(2);
		}
		else if ((m = SHOW_NUMBER.matcher(rest)).matches() && namesShow(m.group(1), podcastTitle)) {
			number = Integer.valueOf(m.group(2));
			rest = m.group(3);
		}
		else if ((m = NUMBER_AT_END.matcher(rest)).matches() && !m.group(1).isBlank()) {
			number = Integer.valueOf(m.group(2));
			rest = m.group(1);
		}
		// A title is a weak context for names ("Integrating with Third Party Libraries"), so its people need more
		// evidence than an introduction's: "feat.", a known given name among them, or the numbered "N: Product - Name".
		List<Credit> guests = new ArrayList<>();
		Matcher featuring = FEATURING.matcher(rest);
		if (featuring.find()) {
			guests.addAll(GuestPhrases.parse(featuring.group(1)));
			rest = rest.substring(0, featuring.start()) + rest.substring(featuring.end());
		}
		String[] split = splitWith(rest);
		if (split[1] != null) {
			String people = GuestPhrases.untilEndOfPeople(split[1]);
			List<Credit> named = GuestPhrases.parse(people);
			if (namesOnly(people, named) && named.stream().anyMatch(g -> GivenNames.startsWithGivenName(g.name()))) {
				guests.addAll(named);
				rest = split[0];
			}
		}
		Matcher dash = DASH_NAMES.matcher(rest);
		if (guests.isEmpty() && dash.find() && allNames(dash.group(1))
				&& (number != null || GivenNames.startsWithGivenName(dash.group(1)))) {
			guests.addAll(GuestPhrases.parse(dash.group(1)));
			rest = rest.substring(0, dash.start());
		}
		// "3: Kaya Thomas": a numbered episode named after its guest.
		if (guests.isEmpty() && number != null && allNames(rest) && GivenNames.startsWithGivenName(rest.strip())) {
			guests.addAll(GuestPhrases.parse(rest));
		}
		String title = Names.clean(rest);
		return new TitleLine(season, number, title.isEmpty() ? Names.clean(text) : title, guests);
	}

	/**
	 * Splits "Building Trust with Aimee Smith, Director of Data at Metropolitan Police" at the last "with" that is
	 * followed by a person's name; "Hacking with Swift" has none.
	 * @return the title before, and the people after (or {@code null})
	 */
	static String[] splitWith(String line) {
		List<int[]> withs = new ArrayList<>();
		Matcher with = WITH.matcher(line);
		while (with.find()) {
			withs.add(new int[] { with.start(), with.end() });
		}
		for (int i = withs.size() - 1; i >= 0; i--) {
			String people = line.substring(withs.get(i)[1]);
			if (!GuestPhrases.parse(GuestPhrases.untilEndOfPeople(people)).isEmpty()) {
				return new String[] { Names.clean(line.substring(0, withs.get(i)[0])), people };
			}
		}
		return new String[] { Names.clean(line), null };
	}

	/** Whether the words before a number are the podcast's name, or its first word ("Taverncast" of "Taverncast - ..."). */
	private static boolean namesShow(String prefix, String podcastTitle) {
		if (podcastTitle == null) {
			return false;
		}
		String show = ShowNotesParser.key(podcastTitle);
		String start = ShowNotesParser.key(prefix);
		String firstWord = ShowNotesParser.key(podcastTitle.strip().split("[\\s\\p{Punct}]+")[0]);
		return !start.isEmpty() && (show.startsWith(start) || start.equals(firstWord));
	}

	/** Whether the people found take up the whole phrase: "Vlad Hrybok", not "Third Party Libraries the Right Way". */
	private static boolean namesOnly(String phrase, List<Credit> named) {
		if (named.isEmpty()) {
			return false;
		}
		String rest = phrase;
		for (Credit credit : named) {
			for (String part : new String[] { credit.name(), credit.title(), credit.organisation() }) {
				if (part != null) {
					rest = rest.replace(part, " ");
				}
			}
		}
		return rest.replaceAll("(?i)\\b(?:and|dr|prof|mr|mrs|ms|at|of|from)\\b|[\\s,&.()-]", "").isEmpty();
	}

	/** "Marco Arment" or "Dan Abramov and Brian Lonsdorf", not "Part 2" nor "The Finale". */
	private static boolean allNames(String text) {
		String[] parts = text.strip().split(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");
		for (String part : parts) {
			if (!Names.isPersonName(Names.clean(part))) {
				return false;
			}
		}
		return parts.length > 0;
	}

}
