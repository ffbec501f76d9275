package dev.podgraph.ingest.shownotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * The introduction: "In Episode 9, of Season 4, of Driven by Data: The Podcast, Kyle Winterbottom is joined by Aimee
 * Smith, Director of Data at Metropolitan Police (...)", and its variants ("was joined by", "talks to").
 *
 * @param text the whole paragraph, or {@code null}
 * @param podcast the podcast it names, or {@code null}
 * @param season the season it names, or {@code null}
 * @param number the episode number it names, or {@code null}
 * @param host the host it names, or {@code null}
 * @param guests the people the host is joined by
 */
record Intro(String text, String podcast, Integer season, Integer number, String host, List<Credit> guests) {

	static final Intro NONE = new Intro(null, null, null, null, null, List.of());

	private static final Pattern JOINED = Pattern.compile("(?:(?<host>" + Names.NAME + ")\\s+(?:is|was)\\s+)?joined\\s+by\\s+(?<rest>.+)$");

	private static final Pattern TALKS = Pattern.compile("(?<host>" + Names.NAME
			+ ")\\s+(?:talks|speaks|chats|sits down|catches up)\\s+(?:to|with)\\s+(?<rest>.+)$");

	private static final Pattern INTRO_START = Pattern.compile("^(?:In|On)\\s+(?:this\\s+|today's\\s+)?(?:week's\\s+)?episode\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PODCAST_CLAUSE = Pattern.compile(
			"^(?<lead>.*\\b(?:episode|season|edition|instalment)(?:\\s+\\d+)?\\s+)?of\\s+(?<podcast>.+)$",
			Pattern.CASE_INSENSITIVE);

	// As many digits as a season or an episode number has (TitleLine's bounds); a longer run of digits is neither.
	private static final Pattern SEASON = Pattern.compile("\\bSeason\\s+(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE);

	private static final Pattern EPISODE = Pattern.compile("\\bEpisode\\s+(\\d{1,4})(?!\\d)", Pattern.CASE_INSENSITIVE);

	/** Reads an introduction from its paragraph. */
	static Intro read(String line) {
		Matcher m = JOINED.matcher(line);
		if (!line.contains("joined by") || !m.find()) {
			m = TALKS.matcher(line);
			if (!mayTalk(line) || !m.find()) {
				return new Intro(line, null, number(SEASON, line), number(EPISODE, line), null, List.of());
			}
		}
		String before = line.substring(0, m.start());
		List<Credit> guests = GuestPhrases.parse(GuestPhrases.untilEndOfPeople(m.group("rest")));
		return new Intro(line, podcastIn(before), number(SEASON, before), number(EPISODE, before), m.group("host"),
				guests);
	}

	/**
	 * "In Episode 9, of Season 4, of Driven by Data: The Podcast, " and "On this episode of Data Chats, " name the
	 * podcast in their last "of" clause.
	 */
	private static String podcastIn(String before) {
		String[] clauses = before.strip().replaceAll(",$", "").split(",\\s+");
		String last = clauses[clauses.length - 1].strip();
		Matcher of = PODCAST_CLAUSE.matcher(last);
		if (!of.matches() || (of.group("lead") == null && clauses.length == 1)) {
			return null;
		}
		String podcast = Names.clean(of.group("podcast"));
		return podcast.isEmpty() || EPISODE.matcher(podcast).find() || SEASON.matcher(podcast).find() ? null : podcast;
	}

	private static Integer number(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	static boolean looksLikeIntro(String line) {
		if (PageText.isBullet(line)) {
			return false;
		}
		return INTRO_START.matcher(line).find() || (line.contains("joined by") && JOINED.matcher(line).find())
				|| (mayTalk(line) && TALKS.matcher(line).find());
	}

	/** A cheap test before the costly one: TALKS needs one of these words. */
	private static boolean mayTalk(String line) {
		return line.contains(" talks ") || line.contains(" speaks ") || line.contains(" chats ")
				|| line.contains(" sits down ") || line.contains(" catches up ");
	}

}
