package dev.podgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A feed item's HTML show notes made ready for the show-notes reader. Feeds' notes carry more than what the episode
 * discussed: lists of links ("Links &amp; Show Notes"), the hosts' picks, the podcast's own links ("More Launched",
 * "Follow us"), and sponsor lists with their copy. Those are taken out, so that they never become topics; the names
 * of a sponsor list are kept as the episode's sponsors; a "Tips:" label is dropped and the tip kept.
 *
 * @param html the notes without those parts
 * @param sponsors the names in a sponsor list, in order
 */
record FeedNotes(String html, List<String> sponsors) {

	/** Headings of lists that are not about the episode's subject. */
	private static final Pattern SKIPPED = Pattern.compile("(?i)^\\W*(?:(?:show |episode )?links?(?:\\s*(?:&|and)\\s*"
			+ "(?:show )?notes)?|(?:show )?notes\\s*(?:&|and)\\s*links|resources|mentioned(?: in (?:this|the) episode)?"
			+ "|picks|credits|more\\b.*|follow\\b.*|subscribe\\b.*|support\\b.*|find (?:us|me)\\b.*|connect\\b.*"
			+ "|where to find\\b.*|social(?: media)?|contact\\b.*)\\W*$");

	private static final Pattern SPONSORS = Pattern.compile(
			"(?i)^\\W*(?:(?:show|episode|our|today's|this week's)\\s+)?sponsors?(?:\\s+(?:of|for)\\s+(?:this|the)\\s+(?:episode|show))?\\W*$");

	/** A label at the start of a list item: "Tips:", "Picks -", "Links:". */
	private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(tips?|picks?|links?)\\s*[:\\-–—]\\s*");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "em", "div",
			"span");

	/** A list item whose text is mostly its links is a reference, not a point of discussion. */
	private static final double LINK_SHARE = 0.8;

	static FeedNotes of(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		List<String> sponsors = new ArrayList<>();
		for (Element list : document.select("ul, ol")) {
			String heading = heading(list);
			if (heading == null) {
				continue;
			}
			if (SPONSORS.matcher(heading).matches()) {
				list.select("li").forEach(item -> sponsors.add(sponsorName(item)));
				list.remove();
			}
			else if (SKIPPED.matcher(heading).matches()) {
				list.remove();
			}
		}
		for (Element item : document.select("li")) {
			Matcher label = LABEL.matcher(item.text());
			if (label.find()) {
				if (!label.group(1).toLowerCase(Locale.ROOT).startsWith("tip")) {
					item.remove();
					continue;
				}
				dropLabel(item);
			}
			if (linkShare(item) >= LINK_SHARE) {
				item.remove();
			}
		}
		return new FeedNotes(document.body().html(), sponsors.stream().filter(s -> !s.isBlank()).distinct().toList());
	}

	/** The short text just before a list (a heading, a bold label), or {@code null}. */
	private static String heading(Element list) {
		Element before = list.previousElementSibling();
		if (before == null && list.parent() != null && list.parent().children().size() == 1) {
			before = list.parent().previousElementSibling();
		}
		if (before == null || !HEADINGS.contains(before.normalName())) {
			return null;
		}
		String text = before.text().strip();
		return text.isEmpty() || text.length() > 60 ? null : text;
	}

	private static String sponsorName(Element item) {
		Element link = item.selectFirst("a");
		String name = link != null && !link.text().isBlank() ? link.text() : item.text().split("\\s+[-–—:]\\s+")[0];
		return name.strip();
	}

	private static void dropLabel(Element item) {
		for (TextNode text : item.textNodes()) {
			if (!text.isBlank()) {
				text.text(LABEL.matcher(text.getWholeText()).replaceFirst(""));
				return;
			}
		}
	}

	private static double linkShare(Element item) {
		String text = item.text().replaceAll("\\s+", "");
		if (text.isEmpty()) {
			return 0;
		}
		int linked = item.select("a").stream().mapToInt(a -> a.text().replaceAll("\\s+", "").length()).sum();
		return (double) linked / text.length();
	}

}
