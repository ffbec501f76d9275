package dev.podgraph.ingest.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two spellings of a name are compared: case, accents, whitespace and punctuation ignored, and a leading "The"
 * dropped, so that "The Metropolitan Police", "metropolitan police" and "Metropolitan-Police" meet.
 */
final class Names {

	private Names() {
	}

	static String normalise(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String words = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return words.startsWith("the ") ? words.substring(4) : words;
	}

}
