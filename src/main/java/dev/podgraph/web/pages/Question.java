package dev.podgraph.web.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the search box was asked: a question it understands ("which guests talked about ethics?", "who works at
 * Metropolitan Police?", "episodes about predictive analytics") or words to look for.
 */
sealed interface Question {

	/** "Which guests talked about X?", "who discussed X", "guests on X". */
	record GuestsAbout(String topic) implements Question {
	}

	/** "Who works at X?", "who is from X", "people at X". */
	record WhoWorksAt(String organisation) implements Question {
	}

	/** "Episodes about X", "which episodes discuss X?", "shows on X". */
	record EpisodesAbout(String topic) implements Question {
	}

	/** Anything else: words to look for among names, titles and meaning. */
	record Words(String text) implements Question {
	}

	List<Rule> RULES = List.of(
			new Rule(Pattern.compile("^(?:which|what|who are the)\\s+guests?\\s+(?:have\\s+|has\\s+)?(?:talked|talk|spoke|spoken|speak|discussed|discuss|mentioned)\\s+(?:about\\s+|of\\s+)?(.+)$"), GuestsAbout::new),
			new Rule(Pattern.compile("^who\\s+(?:has\\s+|have\\s+)?(?:talked|talks|spoke|discussed|discusses)\\s+(?:about\\s+)?(.+)$"), GuestsAbout::new),
			new Rule(Pattern.compile("^guests?\\s+(?:on|about|who\\s+talked\\s+about)\\s+(.+)$"), GuestsAbout::new),
			new Rule(Pattern.compile("^who\\s+(?:works|worked|is|are|was|were)\\s+(?:at|for|from)\\s+(.+)$"), WhoWorksAt::new),
			new Rule(Pattern.compile("^(?:people|staff|guests?)\\s+(?:at|from)\\s+(.+)$"), WhoWorksAt::new),
			new Rule(Pattern.compile("^(?:which\\s+|what\\s+)?(?:episodes?|shows?)\\s+(?:are\\s+|were\\s+)?(?:about|on|discussing|discuss|that\\s+discuss(?:ed)?|covering|cover)\\s+(.+)$"), EpisodesAbout::new));

	/**
	 * @param text what was typed
	 * @return what it asks
	 */
	static Question of(String text) {
		String plain = text.strip().replaceAll("\\s+", " ");
		String lower = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[?.!]+$", "").strip();
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(lower);
			if (matcher.matches()) {
				// The subject as typed (capitals kept), from where the match found it.
				String subject = plain.substring(matcher.start(1), Math.min(plain.length(), matcher.end(1))).strip();
				return rule.question().apply(subject.replaceAll("[?.!]+$", "").strip());
			}
		}
		return new Words(plain);
	}

	/** A wording and the question it asks. */
	record Rule(Pattern pattern, java.util.function.Function<String, Question> question) {
	}

}
