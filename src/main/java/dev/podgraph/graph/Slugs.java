package dev.podgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable, human-readable keys ("aimee-smith", "metropolitan-police") made from names.
 * Letters and digits of any script are kept, accents are dropped, everything else becomes a single hyphen.
 */
public final class Slugs {

	/** Longer slugs are cut and given a short hash of the whole, so that two long names never collide silently. */
	static final int MAX_LENGTH = 80;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Slugs() {
	}

	/**
	 * The slug of a name, or an empty string when the name has no letter or digit.
	 * @param text any text
	 * @return lower-case letters and digits joined by single hyphens
	 */
	public static String slug(String text) {
		if (text == null) {
			return "";
		}
		String plain = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder words = new StringBuilder(plain.length());
		boolean gap = false;
		for (int i = 0; i < plain.length(); i++) {
			int c = plain.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (gap && words.length() > 0) {
					words.append('-');
				}
				gap = false;
				words.appendCodePoint(Character.toLowerCase(c));
			}
			else {
				gap = true;
			}
			if (Character.isSupplementaryCodePoint(c)) {
				i++;
			}
		}
		String slug = words.toString();
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		return trimHyphens(slug.substring(0, MAX_LENGTH - 9)) + "-" + shortHash(slug);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

	private static String shortHash(String text) {
		return HexFormat.of().formatHex(sha256(text), 0, 4);
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
