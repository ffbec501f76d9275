package dev.podgraph.ingest.shownotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * The guests a feed item's description announces in its opening sentence, the way feeds do: "Josh Holtz joins the
 * show to talk about ...", "Stu Maschwitz and Clint Torres join the show", "Charlie talks to Christian Selig, the
 * creator of ...", "Productivity expert Rosemary Orchard joins the show", "This week, I sat down with Dr. Richard
 * Engler, our Director of Chemistry, to discuss ...", "we're talking with Vlad Hrybok about ...". Only people's names
 * count, one of them with a known given name ("The Big Picture joins the show" names nobody), and only in the
 * description's first 300 characters, where a guest is introduced.
 */
public final class JoinsTheShow {

	private static final Pattern JOINS = Pattern.compile(
			"^(?<names>[^.!?;:]{2,160}?)\\s+joins?\\s+(?:the\\s+show|us|me|the\\s+podcast|the\\s+program)\\b");

	private static final Pattern TALKS_TO = Pattern.compile("\\b(?:s[ia]ts?\\s+down\\s+with|talk(?:s|ing)?\\s+(?:to|with)"
			+ "|chat(?:s|ting)?\\s+with|speak(?:s|ing)?\\s+(?:to|with)|interview(?:s|ed|ing)?"
			+ "|special\\s+guests?(?:\\s+in\\s+the\\s+studio)?,?)\\s+(?<names>(?:Dr\\.?\\s+)?\\p{Lu}[^.!?;:]{2,120})");

	private JoinsTheShow() {
	}

	/**
	 * @param description the item's description as plain text
	 * @return the guests its first sentence announces, or none
	 */
	public static List<Credit> guests(String description) {
		if (description == null) {
			return List.of();
		}
		String first = description.strip();
		first = first.length() > 300 ? first.substring(0, 300) : first;
		for (Pattern pattern : List.of(JOINS, TALKS_TO)) {
			Matcher m = pattern.matcher(first);
			if (m.find()) {
				// "Productivity expert Rosemary Orchard": the names are the longest run of people at the end.
				String[] words = GuestPhrases.untilEndOfPeople(m.group("names")).strip().split("\\s+");
				for (int start = 0; start < words.length - 1; start++) {
					List<Credit> guests = GuestPhrases.parse(String.join(" ", List.of(words).subList(start, words.length)));
					if (!guests.isEmpty() && guests.stream().allMatch(g -> Names.isPersonName(g.name()))
							&& guests.stream().anyMatch(g -> GivenNames.startsWithGivenName(g.name()))) {
						return guests;
					}
				}
			}
		}
		return List.of();
	}

}
