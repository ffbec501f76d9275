package dev.podgraph.ingest.resolve;

import java.text.Normalizer;

/**
 * How two spellings of a name are compared: case, accents, whitespace and punctuation ignored, and a leading "The"
 * dropped, so that "The Metropolitan Police", "metropolitan police" and "Metropolitan-Police" meet.
 */
final class Names {

	private Names() {
	}

	static String normalise(String name) {
		String plain = isAscii(name) ? name
				: Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder words = new StringBuilder(plain.length());
		boolean gap = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (gap && words.length() > 0) {
					words.append(' ');
				}
				gap = false;
				words.append(Character.toLowerCase(c));
			}
			else {
				gap = true;
			}
		}
		String normal = words.toString();
		return normal.startsWith("the ") ? normal.substring(4) : normal;
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

}
