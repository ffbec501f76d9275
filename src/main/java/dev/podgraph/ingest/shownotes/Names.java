package dev.podgraph.ingest.shownotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What people's names look like in show notes: two to five capitalised words, with the particles and honorifics that
 * names carry, and without the words that make a job title.
 */
final class Names {

	static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";

	static final String PARTICLE = "(?:de|da|di|del|della|dos|van|von|der|den|du|le|la|bin|al|el|ter|ten)";

	/** A person's name: two to five capitalised words, particles allowed between them. */
	static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,4}";

	static final String HONORIFIC = "(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Lord|Lady)\\.?\\s+";

	private static final Pattern HONORIFIC_START = Pattern.compile("^" + HONORIFIC);

	private static final Pattern WHOLE_NAME = Pattern.compile("^(?:" + HONORIFIC + ")?" + NAME + "$");

	/** Words of job titles and of organisation names, which a person's name does not contain. */
	private static final Set<String> NOT_IN_NAMES = Set.of("chief", "head", "director", "officer", "manager", "ceo",
			"cto", "cdo", "cfo", "coo", "cio", "founder", "co-founder", "cofounder", "president", "vp", "vice", "lead",
			"partner", "principal", "senior", "executive", "engineer", "scientist", "analyst", "consultant", "editor",
			"host", "author", "data", "analytics", "group", "ltd", "limited", "inc", "llc", "plc", "corp",
			"corporation", "company", "university", "college", "institute", "police", "council", "agency", "bank",
			"foundation", "association", "society", "ministry", "department", "service", "services", "the", "podcast",
			"team", "labs", "studio", "studios", "global", "international", "school", "hospital", "trust", "nhs",
			"government", "office", "board", "club", "network", "media", "news", "solutions", "technologies",
			"systems", "consulting", "partners", "ventures", "capital", "health", "digital", "ai", "and", "&");

	private Names() {
	}

	/**
	 * @param text a candidate name
	 * @return whether it reads as a person's name (not a title, not an organisation)
	 */
	static boolean isPersonName(String text) {
		String t = text.strip();
		if (!WHOLE_NAME.matcher(t).matches()) {
			return false;
		}
		for (String word : withoutHonorific(t).split("\\s+")) {
			if (NOT_IN_NAMES.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""))) {
				return false;
			}
		}
		return true;
	}

	/** @return the name without a leading "Dr", "Prof" and the like */
	static String withoutHonorific(String name) {
		return HONORIFIC_START.matcher(name.strip()).replaceFirst("");
	}

	private static final String LEADING = ",;:'\"“”‘’(";

	private static final String TRAILING = ",;:.!?'\"“”‘’)";

	/** Trims the spaces and punctuation that surround a name in running text. */
	static String clean(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (Character.isWhitespace(text.charAt(start)) || LEADING.indexOf(text.charAt(start)) >= 0)) {
			start++;
		}
		while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || TRAILING.indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return text.substring(start, end);
	}

}
