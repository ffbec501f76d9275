package dev.podgraph.ingest.shownotes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a page's parts are: the introduction, the show notes proper, and the blocks around them (sponsor copy, "About
 * the Podcast", "About your host", links) whose lines are never the episode's topics.
 */
final class Sections {

	private static final Pattern SHOW_NOTES_HEADING = Pattern
		.compile("^(?:show\\s?notes|episode notes|in this episode|description)\\s*:?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PODCAST_HEADING = Pattern.compile("^about (?:the|this) (?:podcast|show)\\s*:?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST_HEADING = Pattern
		.compile("^(?:about (?:your|the) hosts?|(?:meet )?your hosts?|hosted by)\\s*:?$", Pattern.CASE_INSENSITIVE);

	/** Lines where the show notes proper end. */
	private static final Pattern BOILERPLATE = Pattern.compile(
			"^(?:show artwork for\\b.*|profile picture for\\b.*|transcript|links?(?: mentioned)?|resources|chapters|credits"
					+ "|connect with .*|follow (?:us|.* on) .*|subscribe.*|listen (?:on|to) .*|get in touch.*)\\s*:?$",
			Pattern.CASE_INSENSITIVE);

	record Layout(int introIndex, int bodyStart, int bodyEnd, int podcastHeading, int hostHeading) {

		List<String> body(List<String> lines) {
			return lines.subList(bodyStart, bodyEnd);
		}

		List<String> podcastBlock(List<String> lines) {
			return block(lines, podcastHeading);
		}

		List<String> hostBlock(List<String> lines) {
			return block(lines, hostHeading);
		}

		private List<String> block(List<String> lines, int heading) {
			if (heading < 0) {
				return List.of();
			}
			int end = heading + 1;
			while (end < lines.size() && !isHeading(lines.get(end))) {
				end++;
			}
			return lines.subList(heading + 1, end).stream().filter(l -> !BOILERPLATE.matcher(l).matches()).toList();
		}

	}

	Layout layout(List<String> lines) {
		int podcastHeading = indexOf(lines, PODCAST_HEADING, 0);
		int hostHeading = indexOf(lines, HOST_HEADING, 0);
		int intro = -1;
		// Tabs and headings ("Shownotes", "Transcript") may stand before the introduction; the About blocks and the
		// sponsor may not.
		for (int i = 0; i < lines.size() && !isAboutOrSponsor(lines.get(i)); i++) {
			if (Intro.looksLikeIntro(lines.get(i))) {
				intro = i;
				break;
			}
		}
		int bodyStart = intro >= 0 ? intro + 1 : afterLastNotesHeadingBeforeFirstBullet(lines);
		int bodyEnd = bodyStart;
		while (bodyEnd < lines.size() && !isBoilerplate(lines.get(bodyEnd))) {
			bodyEnd++;
		}
		return new Layout(intro, bodyStart, bodyEnd, podcastHeading, hostHeading);
	}

	/** Without an introduction, the show notes start after the last "Shownotes" heading before the first bullet. */
	private static int afterLastNotesHeadingBeforeFirstBullet(List<String> lines) {
		int start = 0;
		for (int i = 0; i < lines.size() && !PageText.isBullet(lines.get(i)); i++) {
			if (SHOW_NOTES_HEADING.matcher(lines.get(i)).matches()) {
				start = i + 1;
			}
		}
		return start;
	}

	private static boolean isHeading(String line) {
		return PODCAST_HEADING.matcher(line).matches() || HOST_HEADING.matcher(line).matches()
				|| SHOW_NOTES_HEADING.matcher(line).matches();
	}

	private static boolean isAboutOrSponsor(String line) {
		return PODCAST_HEADING.matcher(line).matches() || HOST_HEADING.matcher(line).matches()
				|| Sponsors.isSponsorLine(line);
	}

	private static boolean isBoilerplate(String line) {
		return isHeading(line) || BOILERPLATE.matcher(line).matches() || Sponsors.isSponsorLine(line);
	}

	private static int indexOf(List<String> lines, Pattern pattern, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (pattern.matcher(lines.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

}
