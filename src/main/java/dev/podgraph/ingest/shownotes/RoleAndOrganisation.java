package dev.podgraph.ingest.shownotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "Director of Data at Metropolitan Police" into its title and organisation.
 */
final class RoleAndOrganisation {

	/** Tried in this order, each at its last occurrence: "Head of Data for the NHS" splits at "for". */
	private static final String[] JOINS = { " at ", " for ", " from ", " of " };

	/** The organisation ends where a description of it begins: "Orbition Group, a Search and Talent business". */
	private static final Pattern DESCRIPTION = Pattern.compile(",\\s+(?:a|an|the|which|who|where|that|one of)\\s.*$");

	private RoleAndOrganisation() {
	}

	/**
	 * @param text a title, perhaps with an organisation
	 * @return the title (or null) and the organisation (or null)
	 */
	static String[] split(String text) {
		String t = DESCRIPTION.matcher(text).replaceFirst("").strip();
		for (String join : JOINS) {
			int at = t.lastIndexOf(join);
			if (at > 0) {
				String organisation = organisation(t.substring(at + join.length()));
				if (organisation != null) {
					return new String[] { title(t.substring(0, at)), organisation };
				}
			}
		}
		int comma = t.lastIndexOf(", ");
		if (comma > 0) {
			String organisation = organisation(t.substring(comma + 2));
			if (organisation != null) {
				return new String[] { title(t.substring(0, comma)), organisation };
			}
		}
		// "Paul Jongsma, Webtic": without a job title's words, what follows a name is where they work.
		if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && !isJobTitle(t)) {
			return new String[] { null, organisation(t) };
		}
		return new String[] { title(t), null };
	}

	private static final java.util.Set<String> JOB_WORDS = java.util.Set.of("chief", "officer", "director", "head",
			"manager", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cdo", "cio", "cmo", "president",
			"vp", "vice", "lead", "engineer", "scientist", "analyst", "consultant", "editor", "author", "host",
			"professor", "partner", "principal", "senior", "developer", "designer", "researcher", "architect",
			"advocate", "evangelist", "owner", "producer", "journalist", "writer", "student", "fellow", "lecturer",
			"teacher", "doctor", "specialist", "strategist", "coordinator", "member", "chair", "chairman", "chairwoman",
			"secretary", "minister", "commissioner", "superintendent", "inspector", "expert", "creator",
			"maintainer", "contributor", "speaker", "coach", "trainer", "mentor", "entrepreneur", "investor", "intern");

	private static boolean isJobTitle(String text) {
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
			if (JOB_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param text the words after "at", "of" or "from"
	 * @return the organisation's name, or null when the words do not start with a capital
	 */
	static String organisation(String text) {
		String o = Names.clean(DESCRIPTION.matcher(text).replaceFirst(""));
		o = o.replaceFirst("^the\\s+", "");
		Matcher capitalised = Pattern.compile("^[\\p{Lu}\\p{N}]").matcher(o);
		return capitalised.find() && o.length() <= 120 ? o : null;
	}

	private static String title(String text) {
		String t = Names.clean(text).replaceFirst("^(?:an?|the|our|their)\\s+", "");
		return t.isEmpty() || t.length() > 120 ? null : t;
	}

}
