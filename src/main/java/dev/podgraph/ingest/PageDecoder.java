package dev.podgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.InvalidPage.Reason;
import dev.podgraph.ingest.shownotes.PageText;

/**
 * Turns a page's bytes into its lines, refusing what is not a readable page: empty, binary, too large, not valid in
 * its encoding, or of a type that is neither text nor HTML. The encoding is the one declared (Content-Type, byte
 * order mark, HTML meta), else UTF-8; it is decoded strictly, so a wrongly declared page is refused rather than
 * garbled into the graph.
 */
final class PageDecoder {

	private static final Pattern CHARSET_PARAMETER = Pattern.compile(";\\s*charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final long maxBytes;

	PageDecoder(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * @param content the page's bytes
	 * @param mediaType its Content-Type (with a charset parameter perhaps), or {@code null} to tell from the content
	 * @param name a file name to tell HTML from text by its extension, or {@code null}
	 * @return the page's lines
	 */
	PageText decode(byte[] content, String mediaType, String name) {
		if (content.length > maxBytes) {
			throw new InvalidPage(Reason.TOO_LARGE,
					"The page has " + content.length + " bytes; the limit is " + maxBytes + " (podgraph.ingest.max-page-size).");
		}
		if (looksBinary(content)) {
			throw new InvalidPage(Reason.BINARY, "The page is not text: it holds bytes that text never does.");
		}
		boolean html = isHtml(content, mediaType, name);
		String text = decodeStrictly(content, charset(content, mediaType, html));
		if (text.isBlank()) {
			throw new InvalidPage(Reason.EMPTY, "The page is empty.");
		}
		return html ? PageText.ofHtml(text) : PageText.ofText(text);
	}

	private static boolean isHtml(byte[] content, String mediaType, String name) {
		String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
		if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
			return true;
		}
		if (type.startsWith("text/plain")) {
			return false;
		}
		if (!type.isEmpty() && !type.startsWith("application/octet-stream")) {
			throw new InvalidPage(Reason.UNSUPPORTED_TYPE,
					"A page is read as text/plain or text/html, not " + mediaType + ".");
		}
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
			return true;
		}
		String start = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
		return HTML_START.matcher(start).find();
	}

	private static Charset charset(byte[] content, String mediaType, boolean html) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (mediaType != null) {
			Matcher parameter = CHARSET_PARAMETER.matcher(mediaType);
			if (parameter.find()) {
				return named(parameter.group(1));
			}
		}
		if (html) {
			Matcher meta = META_CHARSET
				.matcher(new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1));
			if (meta.find()) {
				return named(meta.group(1));
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static Charset named(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new InvalidPage(Reason.ENCODING, "The page declares an unknown encoding: " + name + ".");
		}
	}

	private static String decodeStrictly(byte[] content, Charset charset) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (MalformedInputException ex) {
			throw new InvalidPage(Reason.ENCODING, "The page is not valid " + charset.name()
					+ " (at byte " + firstBadByte(content, charset) + "). Save it as UTF-8, or declare its encoding.", ex);
		}
		catch (CharacterCodingException ex) {
			throw new InvalidPage(Reason.ENCODING, "The page is not valid " + charset.name() + ".", ex);
		}
	}

	private static int firstBadByte(byte[] content, Charset charset) {
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		var out = java.nio.CharBuffer.allocate(content.length + 1);
		decoder.decode(in, out, true);
		return in.position();
	}

	/** NUL bytes, or many control characters, in the first 8 KB mean the content is not text. */
	static boolean looksBinary(byte[] content) {
		int checked = Math.min(content.length, 8192);
		boolean utf16 = content.length >= 2 && ((content[0] & 0xff) == 0xFE || (content[0] & 0xff) == 0xFF);
		int control = 0;
		for (int i = 0; i < checked; i++) {
			int b = content[i] & 0xff;
			if (b == 0 && !utf16) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
				control++;
			}
		}
		return checked > 0 && control * 10 > checked;
	}

}
