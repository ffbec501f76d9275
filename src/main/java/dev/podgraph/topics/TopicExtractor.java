package dev.podgraph.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import dev.podgraph.topics.Taxonomy.Concept;

/**
 * Finds the topics a line of show notes is about. Every wording of the vocabulary is matched whole after English
 * analysis (lower case, Porter stems), so "ethical concerns" meets "ethics" and "biased data" meets "bias";
 * the longest wording wins where two overlap. A line that names no vocabulary topic yields a candidate topic made of
 * its leading key phrase, so that new themes are kept (with a lower weight) rather than lost.
 */
public final class TopicExtractor {

	/** Words that frame a bullet rather than say what it is about: "How ...", "The importance of ...". */
	private static final Set<String> FRAMING = Set.of("how", "why", "what", "when", "where", "who", "which", "the", "a",
			"an", "their", "our", "your", "his", "her", "its", "this", "that", "these", "those", "importance", "of",
			"role", "using", "tackling", "being", "building", "fixing", "choosing", "needing", "getting", "making",
			"creating", "understanding", "exploring", "discussing", "navigating", "overcoming", "driving", "delivering",
			"developing", "managing", "leveraging", "embracing", "different", "levels", "biggest", "challenges",
			"challenge", "opportunity", "opportunities", "most", "some", "many", "more", "key", "top", "big", "new",
			"on", "in", "to", "and", "with", "for", "from", "about", "is", "are", "was", "were", "be", "it", "people",
			"things", "ways", "way", "lot", "lots");

	/** Too general to be a topic alone: a candidate made of one of them takes in the words that follow. */
	private static final Set<String> GENERIC = Set.of("data", "work", "team", "teams", "organisation", "organisations",
			"organization", "organizations", "approach", "business", "value");

	private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
			"in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
			"these", "they", "this", "to", "was", "will", "with", "while", "which", "who", "why", "how", "what", "can",
			"could", "should", "would", "have", "has", "had", "do", "does", "did", "so", "than", "too", "very", "just",
			"within", "before", "after", "during", "through", "based", "also", "don't", "don’t", "doesn't", "doesn’t",
			"can't", "can’t", "won't", "won’t", "isn't", "isn’t", "aren't", "aren’t", "we", "you", "i", "them", "us",
			"been", "being", "all", "out", "up", "most", "more", "some", "any", "other", "same", "own");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");

	private static final int MAX_CANDIDATE_WORDS = 4;

	/**
	 * Matching keeps stop words: a wording must appear whole, in order, so that "Series A" (venture capital) does not
	 * shrink to "series" and "value of data" does not match "value" next to "data" in another sense.
	 */
	private final Analyzer matching = new EnglishAnalyzer(CharArraySet.EMPTY_SET);

	/** Comparing a question's words with a line's drops stop words, as the full-text indexes do. */
	private final Analyzer words = new EnglishAnalyzer();

	/** Wordings by their first stem, longest first, so that matching tries few of them at each position. */
	private final Map<String, List<Wording>> wordingsByFirstStem = new HashMap<>();

	private record Wording(List<String> stems, Concept topic) {
	}

	/**
	 * A topic found in a line.
	 * @param key the topic's key
	 * @param label the topic's name
	 * @param candidate whether it is a phrase outside the vocabulary
	 */
	public record TopicMatch(String key, String label, boolean candidate) {
	}

	public TopicExtractor(Taxonomy taxonomy) {
		for (Map.Entry<String, Concept> wording : taxonomy.wordings()) {
			List<String> stems = analyse(matching, wording.getKey());
			if (!stems.isEmpty()) {
				wordingsByFirstStem.computeIfAbsent(stems.getFirst(), k -> new ArrayList<>())
					.add(new Wording(stems, wording.getValue()));
			}
		}
		wordingsByFirstStem.values().forEach(list -> list.sort((a, b) -> b.stems().size() - a.stems().size()));
	}

	/**
	 * @param text a show-notes line, a title or a description
	 * @return the topics it is about, in the order they appear, each once; a candidate when no vocabulary topic
	 * appears; empty when the text has no words
	 */
	public List<TopicMatch> topicsOf(String text) {
		List<String> stems = analyse(matching, text);
		Map<String, TopicMatch> found = new LinkedHashMap<>();
		int i = 0;
		while (i < stems.size()) {
			Wording match = longestAt(stems, i);
			if (match == null) {
				i++;
				continue;
			}
			found.putIfAbsent(match.topic().key(), new TopicMatch(match.topic().key(), match.topic().label(), false));
			i += match.stems().size();
		}
		if (found.isEmpty()) {
			String candidate = candidatePhrase(text);
			if (candidate != null) {
				String key = candidate.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
				found.put(key, new TopicMatch(key, candidate, true));
			}
		}
		return List.copyOf(found.values());
	}

	private Wording longestAt(List<String> stems, int at) {
		for (Wording wording : wordingsByFirstStem.getOrDefault(stems.get(at), List.of())) {
			List<String> w = wording.stems();
			if (at + w.size() <= stems.size() && stems.subList(at, at + w.size()).equals(w)) {
				return wording;
			}
		}
		return null;
	}

	/** "Tackling Organised Crime Groups" gives "organised crime groups": the first run of content words. */
	static String candidatePhrase(String text) {
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		int start = 0;
		while (start < words.size() && FRAMING.contains(words.get(start))) {
			start++;
		}
		List<String> phrase = new ArrayList<>();
		for (int i = start; i < words.size() && phrase.size() < MAX_CANDIDATE_WORDS; i++) {
			if (STOP.contains(words.get(i))) {
				if (!phrase.isEmpty() && !GENERIC.containsAll(phrase)) {
					break;
				}
				continue;
			}
			phrase.add(words.get(i));
		}
		return phrase.isEmpty() ? null : String.join(" ", phrase);
	}

	/** @return the text's words after English analysis: lower case, stop words dropped, Porter stems */
	List<String> stems(String text) {
		return analyse(words, text);
	}

	/**
	 * A sentence of a text with its words after English analysis.
	 * @param text the sentence as written, without the white space that ends it
	 * @param stems its words as {@link #stems} gives them
	 */
	record Sentence(String text, List<String> stems) {
	}

	/**
	 * The text's sentences, each with its stems: a sentence ends at white space after '.', '!' or '?'. The text is
	 * analysed once, each word going to the sentence it starts in; no word spans a sentence's end, since words end at
	 * white space. The same as {@link #stems} of each sentence, at three quarters of the cost (the fixtures' long
	 * lines).
	 */
	List<Sentence> sentences(String text) {
		List<int[]> bounds = sentenceBounds(text);
		List<Sentence> sentences = new ArrayList<>(bounds.size());
		for (int[] bound : bounds) {
			sentences.add(new Sentence(text.substring(bound[0], bound[1]), new ArrayList<>()));
		}
		try (TokenStream tokens = words.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			int sentence = 0;
			while (tokens.incrementToken()) {
				while (sentence < bounds.size() - 1 && offset.startOffset() >= bounds.get(sentence)[1]) {
					sentence++;
				}
				sentences.get(sentence).stems().add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading from a string cannot fail", ex);
		}
		return sentences;
	}

	/**
	 * Where each sentence starts and ends: as {@code text.split("(?<=[.!?])\\s+")} would cut it (the white space
	 * that ends a sentence belongs to none; an empty last sentence is dropped), without the regular expression.
	 */
	private static List<int[]> sentenceBounds(String text) {
		List<int[]> bounds = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length - 1; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && isSpace(text.charAt(i + 1))) {
				bounds.add(new int[] { start, i + 1 });
				int next = i + 1;
				while (next < length && isSpace(text.charAt(next))) {
					next++;
				}
				start = next;
				i = next - 1;
			}
		}
		if (start < length || bounds.isEmpty()) {
			bounds.add(new int[] { start, length });
		}
		return bounds;
	}

	/** White space as {@code \s} in a regular expression: ASCII only. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static List<String> analyse(Analyzer analyzer, String text) {
		List<String> stems = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				stems.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading from a string cannot fail", ex);
		}
		return stems;
	}

}
