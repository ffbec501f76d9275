package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * Reads the phrases that introduce people: "Aimee Smith, Director of Data at Metropolitan Police (probably known as
 * Scotland Yard ...)", "Jane Doe and John Roe", "Jane Doe, CTO of Acme, and John Roe from Beta". Aliases given in
 * parentheses ("known as", "aka", "formerly", an acronym) are kept for the organisation they follow.
 */
final class GuestPhrases {

	private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");

	private static final Pattern KNOWN_AS = Pattern.compile(
			"\\b(?:known as|aka|a\\.k\\.a\\.?|also called|formerly(?: known as)?|previously)\\s+(?:the\\s+)?"
					+ "(?<alias>\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}&'’.-]*)*)");

	private static final Pattern ACRONYM = Pattern.compile("^\\s*(?<alias>\\p{Lu}[\\p{Lu}&]{1,7})\\s*$");

	/** Words after which a list of people has ended and the rest of the sentence begins. */
	private static final List<String> END_WORDS = List.of("where", "who", "to discuss", "to talk", "to chat",
			"to explore", "about", "as they", "in which", "discussing", "for a", "on how", "on why", "on what",
			"on the");

	/** Abbreviations whose full stop does not end a sentence. */
	private static final List<String> ABBREVIATIONS = List.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr");

	private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:and|&)\\s+|\\s+(?:and|&)\\s+|,\\s+");

	private static final Pattern NAME_AHEAD = Pattern
		.compile("^(?:" + Names.HONORIFIC + ")?(?<name>" + Names.NAME + ")(?<after>\\s*(?:,|\\(|$|\\s+(?:from|of)\\s))");

	private static final Pattern NAME_THEN_REST = Pattern
		.compile("^(?:" + Names.HONORIFIC + ")?(?<name>" + Names.NAME + ")(?<rest>.*)$");

	private GuestPhrases() {
	}

	/**
	 * Cuts a sentence after "joined by" (or the like) where its list of people ends.
	 * @param text what follows the introducing words
	 * @return the part that names people
	 */
	static String untilEndOfPeople(String text) {
		String masked = maskParentheses(text);
		int length = masked.length();
		for (int i = 0; i < length; i++) {
			char c = masked.charAt(i);
			if (c == ';' || (c == '.' && (i + 1 == length || Character.isWhitespace(masked.charAt(i + 1)))
					&& !afterAbbreviation(masked, i))) {
				return text.substring(0, i);
			}
			if (Character.isWhitespace(c) && (startsClause(masked, i + 1) || startsDash(masked, i + 1))) {
				return text.substring(0, i > 0 && masked.charAt(i - 1) == ',' ? i - 1 : i);
			}
		}
		return text;
	}

	private static boolean startsClause(String text, int at) {
		for (String word : END_WORDS) {
			int end = at + word.length();
			if (text.regionMatches(at, word, 0, word.length())
					&& (end == text.length() || !Character.isLetter(text.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsDash(String text, int at) {
		return at + 1 < text.length() && "-–—".indexOf(text.charAt(at)) >= 0 && Character.isWhitespace(text.charAt(at + 1));
	}

	/** "Dr. John Roe" and "J. Roe": a full stop after an abbreviation or an initial. */
	private static boolean afterAbbreviation(String text, int dot) {
		int start = dot;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		String word = text.substring(start, dot);
		return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || ABBREVIATIONS.contains(word);
	}

	/**
	 * @param phrase a list of people, each perhaps with a title and an organisation
	 * @return the people, in order
	 */
	static List<Credit> parse(String phrase) {
		List<Credit> credits = new ArrayList<>();
		for (String chunk : split(phrase)) {
			Credit credit = credit(chunk);
			if (credit != null) {
				credits.add(credit);
			}
		}
		return credits;
	}

	private static List<String> split(String phrase) {
		String masked = maskParentheses(phrase);
		List<String> chunks = new ArrayList<>();
		int start = 0;
		Matcher separator = SEPARATOR.matcher(masked);
		while (separator.find()) {
			String current = phrase.substring(start, separator.start());
			Matcher ahead = NAME_AHEAD.matcher(masked.substring(separator.end()));
			if (ahead.find() && Names.isPersonName(ahead.group("name")) && startsNewPerson(current, separator.group(), ahead)) {
				chunks.add(current);
				start = separator.end();
			}
		}
		chunks.add(phrase.substring(start));
		return chunks;
	}

	/**
	 * A separator starts a new person when what follows is a name and the current chunk is complete: "A and B",
	 * "A, CTO of X, and B", "A, CTO of X and B, CEO of Y"; but not "A, CEO of Ernst and Young".
	 */
	private static boolean startsNewPerson(String current, String separator, Matcher ahead) {
		boolean currentIsJustAName = Names.isPersonName(Names.clean(current));
		boolean nextHasARole = !ahead.group("after").isBlank();
		boolean oxfordAnd = separator.strip().startsWith(",") && separator.contains("and") || separator.contains("&");
		if (separator.strip().equals(",")) {
			return currentIsJustAName;
		}
		return currentIsJustAName || nextHasARole || oxfordAnd;
	}

	private static Credit credit(String chunk) {
		List<String> aliases = new ArrayList<>();
		Matcher parenthesis = PARENTHESIS.matcher(chunk);
		while (parenthesis.find()) {
			aliases.addAll(aliasesIn(parenthesis.group(1)));
		}
		String text = Names.clean(PARENTHESIS.matcher(chunk).replaceAll(" ").replaceAll("\\s+", " "));
		Matcher m = NAME_THEN_REST.matcher(text);
		if (!m.matches()) {
			return null;
		}
		// A name followed by more capitalised words is ambiguous; keep the longest prefix that reads as a name.
		String name = m.group("name");
		String rest = m.group("rest");
		while (!Names.isPersonName(name) && name.contains(" ")) {
			int cut = name.lastIndexOf(' ');
			rest = name.substring(cut) + rest;
			name = name.substring(0, cut);
		}
		if (!Names.isPersonName(name)) {
			return null;
		}
		return withRole(Names.withoutHonorific(name), rest, aliases);
	}

	private static Credit withRole(String name, String rest, List<String> aliases) {
		String r = rest.strip();
		if (r.startsWith(",") || r.startsWith("-") || r.startsWith("–") || r.startsWith("—")) {
			String[] roleAndOrganisation = RoleAndOrganisation.split(Names.clean(r.substring(1)));
			return new Credit(name, roleAndOrganisation[0], roleAndOrganisation[1],
					roleAndOrganisation[1] == null ? List.of() : aliases);
		}
		Matcher from = Pattern.compile("^(?:from|of)\\s+(?<organisation>.+)$").matcher(r);
		if (from.matches()) {
			return new Credit(name, null, RoleAndOrganisation.organisation(from.group("organisation")), aliases);
		}
		return new Credit(name, null, null, List.of());
	}

	private static List<String> aliasesIn(String parenthetical) {
		List<String> aliases = new ArrayList<>();
		Matcher knownAs = KNOWN_AS.matcher(parenthetical);
		while (knownAs.find()) {
			aliases.add(Names.clean(knownAs.group("alias")));
		}
		Matcher acronym = ACRONYM.matcher(parenthetical);
		if (acronym.matches()) {
			aliases.add(acronym.group("alias"));
		}
		return aliases;
	}

	/** The text with everything inside parentheses blanked out, so that searches see only the top level. */
	static String maskParentheses(String text) {
		StringBuilder masked = new StringBuilder(text.length());
		int depth = 0;
		for (char c : text.toCharArray()) {
			if (c == '(') {
				depth++;
			}
			masked.append(depth > 0 ? '_' : c);
			if (c == ')' && depth > 0) {
				depth--;
			}
		}
		return masked.toString();
	}

}
