package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sponsor lines: "Thanks to our sponsor, Cambridge Spark;", "This episode is sponsored by Acme.", "Sponsors: A
 * and B". The sponsor's own copy that follows is not read.
 */
final class Sponsors {

	private static final Pattern[] SPONSOR_LINES = {
			Pattern.compile("^(?:a\\s+)?(?:big\\s+|huge\\s+|special\\s+)?(?:thanks|thank you)\\s+to\\s+(?:our|today's|this episode's|"
					+ "this week's)\\s+sponsors?\\s*[,:-]?\\s*(?<names>.+)$", Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:this|today's|this week's)\\s+(?:episode|show)\\s+is\\s+(?:sponsored|supported|brought to you)"
					+ "\\s+by\\s+(?<names>.+)$", Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:sponsored|supported)\\s+by\\s*:?\\s*(?<names>.+)$", Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:our\\s+)?sponsors?\\s*:\\s*(?<names>.+)$", Pattern.CASE_INSENSITIVE) };

	/** Where the sponsor's names end: the first ";", sentence end, dash or descriptive clause. */
	private static final Pattern END = Pattern.compile("[;:!?]|\\.(?:\\s|$)|\\s[-–—]\\s|,\\s+(?:who|which|a|an|the)\\s");

	private Sponsors() {
	}

	static boolean isSponsorLine(String line) {
		return matcher(PageText.bulletText(line)) != null;
	}

	static List<String> in(List<String> lines, Sections.Layout layout) {
		List<String> sponsors = new ArrayList<>();
		for (String line : lines) {
			Matcher m = matcher(PageText.bulletText(line));
			if (m == null) {
				continue;
			}
			String names = m.group("names");
			Matcher end = END.matcher(names);
			if (end.find()) {
				names = names.substring(0, end.start());
			}
			for (String name : names.split(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+")) {
				String n = Names.clean(name);
				if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0)) && !sponsors.contains(n)) {
					sponsors.add(n);
				}
			}
		}
		return sponsors;
	}

	private static Matcher matcher(String line) {
		for (Pattern pattern : SPONSOR_LINES) {
			Matcher m = pattern.matcher(line);
			if (m.matches()) {
				return m;
			}
		}
		return null;
	}

}
