package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page as the lines a reader sees: one per paragraph, heading or list item, list items marked with a leading
 * "{@value #BULLET}". Text pages and HTML pages both become this, so that one parser reads either.
 */
public record PageText(List<String> lines) {

	/** The marker of a list item, whatever the page used ("•", "-", "*", "1.", {@code <li>}). */
	public static final String BULLET = "• ";

	private static final Pattern BULLET_MARK = Pattern.compile("^(?:[•●▪◦‣·*–—-]|\\d{1,3}[.)])\\s+");

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
			"head", "object", "embed", "button", "select", "form");

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "aside", "header",
			"footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "br", "blockquote", "pre", "table",
			"tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "hr", "summary", "details", "address");

	public PageText {
		lines = List.copyOf(lines);
	}

	/**
	 * @param text a page saved as text
	 * @return its non-blank lines, trimmed, with bullets marked
	 */
	public static PageText ofText(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R")) {
			add(lines, line);
		}
		return new PageText(lines);
	}

	/**
	 * @param html a page as HTML
	 * @return the lines of its visible text (and of image descriptions), with list items marked
	 */
	public static PageText ofHtml(String html) {
		Document document = Jsoup.parse(html);
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		document.body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && !insideSkipped(node)) {
					current.append(text.getWholeText());
				}
				else if (node instanceof Element element && !insideSkipped(node)) {
					String tag = element.normalName();
					if (BLOCKS.contains(tag)) {
						flush();
					}
					if (tag.equals("li")) {
						current.append(BULLET);
					}
					if (tag.equals("img") && element.hasAttr("alt")) {
						flush();
						add(lines, element.attr("alt"));
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					flush();
				}
			}

			private void flush() {
				add(lines, current.toString());
				current.setLength(0);
			}
		});
		add(lines, current.toString());
		return new PageText(lines);
	}

	private static boolean insideSkipped(Node node) {
		for (Node n = node; n != null; n = n.parent()) {
			if (n instanceof Element e && SKIPPED.contains(e.normalName())) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<String> lines, String raw) {
		String line = collapseSpaces(raw);
		if (line.isEmpty() || line.equals(BULLET.strip())) {
			return;
		}
		var mark = BULLET_MARK.matcher(line);
		if (line.startsWith(BULLET)) {
			line = BULLET + stripBulletMarks(line.substring(BULLET.length()));
		}
		else if (mark.find()) {
			line = BULLET + line.substring(mark.end()).strip();
		}
		if (!line.equals(BULLET)) {
			lines.add(line);
		}
	}

	/** Trims the line and turns every run of whitespace (non-breaking and zero-width spaces too) into one space. */
	static String collapseSpaces(String raw) {
		StringBuilder line = new StringBuilder(raw.length());
		boolean space = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B') {
				space = line.length() > 0;
			}
			else {
				if (space) {
					line.append(' ');
					space = false;
				}
				line.append(c);
			}
		}
		return line.toString();
	}

	private static String stripBulletMarks(String text) {
		var mark = BULLET_MARK.matcher(text);
		return mark.find() ? text.substring(mark.end()).strip() : text.strip();
	}

	/** @return whether the line is a list item */
	public static boolean isBullet(String line) {
		return line.startsWith(BULLET);
	}

	/** @return the list item's text without its marker */
	public static String bulletText(String line) {
		return isBullet(line) ? line.substring(BULLET.length()) : line;
	}

}
