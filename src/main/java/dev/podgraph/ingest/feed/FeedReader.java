package dev.podgraph.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import dev.podgraph.ingest.InvalidFeed;
import dev.podgraph.ingest.InvalidFeed.Reason;
import dev.podgraph.ingest.feed.OpenFeed.Budget;
import dev.podgraph.ingest.feed.OpenFeed.Skeleton;

/**
 * Reads a feed's bytes. Hostile input is refused before any parsing: a DOCTYPE (billion laughs, XXE) in the prolog,
 * content that is not XML. Well-formed input is read as a stream ({@link StreamedFeed}), so that a feed of any size is
 * read in the memory of its channel and a chunk of items. Broken input is salvaged in memory: the encoding is detected (byte order mark,
 * XML declaration, HTTP charset), text before the XML declaration is dropped, undeclared namespace prefixes are
 * declared, and XML that is not well-formed (a bare {@code &}, a truncated file, an HTML entity) is repaired by a
 * lenient parser; each repair is reported. ROME then reads the standard parts (RSS or Atom) and the namespaced parts
 * (iTunes, Podcasting 2.0, content) are read from the same document.
 */
public final class FeedReader {

	/** How far into the feed a DOCTYPE is looked for; a prolog is short. */
	private static final int PROLOG = 64 * 1024;

	private static final Pattern DOCTYPE = Pattern.compile("<!\\s*(?:DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

	private static final Pattern PREFIX_USE = Pattern.compile("</?([A-Za-z_][\\w.-]*):[A-Za-z_]|\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");

	private static final Pattern PREFIX_DECLARATION = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");

	private static final Pattern ROOT_START = Pattern.compile("<([A-Za-z_][\\w.:-]*)(?=[\\s/>])");

	private final Duration timeLimit;

	/**
	 * @param timeLimit the longest a feed may take to read; a slower one is refused
	 */
	public FeedReader(Duration timeLimit) {
		this.timeLimit = timeLimit;
	}

	/**
	 * Reads a whole feed into memory; {@link #open} reads a large one in bounded memory.
	 * @param content the feed's bytes
	 * @param contentType the HTTP Content-Type, for its charset, or {@code null}
	 * @return the feed, with the problems met while reading it
	 * @throws InvalidFeed when the feed is refused or cannot be read at all
	 */
	public Feed read(byte[] content, String contentType) {
		OpenFeed feed = open(content, contentType);
		List<FeedItem> items = new ArrayList<>();
		feed.forEachChunk(500, items::addAll);
		return new Feed(feed.channel(), items, feed.problems());
	}

	/**
	 * Checks a feed from end to end and reads its channel; its items are read afterwards, a chunk at a time. A
	 * well-formed feed is read as a stream, so that only the channel and one chunk of items are ever in memory; one
	 * that is not well-formed is repaired in memory.
	 * @param content the feed's bytes
	 * @param contentType the HTTP Content-Type, for its charset, or {@code null}
	 * @return the feed, ready to give its items
	 * @throws InvalidFeed when the feed is refused or cannot be read at all
	 */
	public OpenFeed open(byte[] content, String contentType) {
		return open(content, contentType, true);
	}

	/**
	 * @param stream whether to try reading as a stream; without, the feed is read in memory as a broken one is
	 */
	OpenFeed open(byte[] content, String contentType, boolean stream) {
		Budget budget = new Budget(timeLimit);
		refuseHostileOrEmpty(content);
		List<String> problems = new ArrayList<>();
		StreamedFeed.Scanned scanned = null;
		if (stream) {
			try {
				scanned = StreamedFeed.scan(content, contentType, budget, problems);
			}
			catch (StreamedFeed.TooSlow ex) {
				throw unreadable(budget, ex, ex.getMessage());
			}
			catch (StreamedFeed.NotWellFormed ex) {
				problems.clear();
			}
		}
		if (scanned == null) {
			scanned = salvage(content, contentType, budget, problems);
		}
		Skeleton skeleton = scanned.skeleton();
		SyndFeed channel;
		try {
			channel = new SyndFeedInput().build(new Document(skeleton.root().clone()));
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new InvalidFeed(Reason.UNREADABLE, "The XML is not an RSS or Atom feed: " + ex.getMessage(), ex);
		}
		FeedMapper mapper = new FeedMapper(problems);
		FeedChannel read = mapper.channel(channel, skeleton.channel(skeleton.root()), scanned.count(),
				scanned.podcastTags(), scanned.mediaEnclosures());
		return new OpenFeed(read, skeleton, scanned.items(), problems, mapper, budget, scanned.streamed());
	}

	/** Reads a feed that is not well-formed: in memory, repaired, then taken apart into its skeleton and items. */
	private StreamedFeed.Scanned salvage(byte[] content, String contentType, Budget budget, List<String> problems) {
		String text = declareUnboundPrefixes(dropTextBeforeXml(decode(content, contentType), problems), problems);
		Document document = parse(text, budget, problems);
		wrapItemsInAChannel(document, problems);
		boolean tags = false;
		for (Element element : document.getDescendants(Filters.element())) {
			if (Namespaces.isPodcastTag(element.getNamespaceURI())) {
				tags = true;
				break;
			}
		}
		Element root = document.getRootElement();
		Skeleton skeleton = new Skeleton(root, root.getChildren().stream().anyMatch(e -> e.getName().equals("channel")));
		Element channel = skeleton.channel(root);
		List<Element> items = new ArrayList<>();
		for (Element parent : channel == root ? List.of(root) : List.of(channel, root)) {
			for (Element child : List.copyOf(parent.getChildren())) {
				if (child.getName().equals("item") || child.getName().equals("entry")) {
					items.add(child.detach());
				}
			}
		}
		boolean media = false;
		for (Element item : items) {
			for (Element element : item.getDescendants(Filters.element())) {
				media |= FeedMapper.isMediaEnclosure(element.getName(), element::getAttributeValue);
			}
		}
		root.detach();
		return new StreamedFeed.Scanned(skeleton, items::forEach, items.size(), tags, media, false);
	}

	private static void refuseHostileOrEmpty(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, PROLOG), StandardCharsets.ISO_8859_1);
		String firstText = start.replaceFirst("^(?:\\xEF\\xBB\\xBF|\\xFE\\xFF|\\xFF\\xFE)", "").replace("\0", "").strip();
		if (firstText.isEmpty()) {
			throw new InvalidFeed(Reason.EMPTY, "The feed is empty.");
		}
		if (DOCTYPE.matcher(prolog(firstText)).find()) {
			throw new InvalidFeed(Reason.DOCTYPE, "The feed declares a DOCTYPE. Feeds with DOCTYPE or ENTITY"
					+ " declarations are refused: they are how entity expansion (\"billion laughs\") and external entity"
					+ " (XXE) attacks are made, and real feeds do not need them.");
		}
		if (firstText.charAt(0) != '<') {
			String shown = firstText.substring(0, Math.min(40, firstText.length())).strip();
			throw new InvalidFeed(Reason.NOT_XML, "The feed is not XML: it starts with \"" + shown + "\".");
		}
	}

	/**
	 * @param content the start of a document, at least
	 * @return whether it reads as an RSS, RDF or Atom feed rather than a web page
	 */
	public static boolean looksLikeFeed(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
			.replace("\0", "")
			.toLowerCase(Locale.ROOT);
		int root = start.indexOf('<', start.startsWith("<?xml") ? start.indexOf("?>") : 0);
		while (root >= 0 && (start.startsWith("<!", root) || start.startsWith("<?", root))) {
			int end = start.indexOf('>', root);
			root = end < 0 ? -1 : start.indexOf('<', end);
		}
		return root >= 0 && (start.startsWith("<rss", root) || start.startsWith("<feed", root)
				|| start.startsWith("<rdf:rdf", root) || start.startsWith("<channel", root));
	}

	/**
	 * The part before the root element: declarations, processing instructions, comments and a DOCTYPE if there is one.
	 * Only there does a DOCTYPE count; "<!DOCTYPE html>" inside an item's HTML is just text.
	 */
	private static String prolog(String text) {
		int at = 0;
		while (at < text.length()) {
			while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
				at++;
			}
			if (text.startsWith("<?", at)) {
				int end = text.indexOf("?>", at);
				at = end < 0 ? text.length() : end + 2;
			}
			else if (text.startsWith("<!--", at)) {
				int end = text.indexOf("-->", at);
				at = end < 0 ? text.length() : end + 3;
			}
			else if (text.startsWith("<!", at)) {
				return text.substring(0, Math.min(text.length(), at + 20));
			}
			else {
				break;
			}
		}
		return text.substring(0, at);
	}

	/** The encoding as the byte order mark, the XML declaration or the HTTP charset says, else UTF-8. */
	private static String decode(byte[] content, String contentType) {
		try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(content), true)
				: new XmlReader(new ByteArrayInputStream(content), contentType, true)) {
			StringBuilder text = new StringBuilder(content.length);
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) != -1;) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new InvalidFeed(Reason.UNREADABLE, "The feed's encoding cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** XML may not have anything before its declaration; some feeds start with a blank line or a byte order mark. */
	private static String dropTextBeforeXml(String text, List<String> problems) {
		int start = text.indexOf('<');
		if (start > 0) {
			problems.add("The feed has " + start + " characters before its XML begins; they were ignored.");
			return text.substring(start);
		}
		return text;
	}

	/** Feeds use {@code itunes:} or {@code podcast:} without declaring them: declare them on the root element. */
	private static String declareUnboundPrefixes(String text, List<String> problems) {
		Set<String> used = new LinkedHashSet<>();
		Matcher use = PREFIX_USE.matcher(text);
		while (use.find()) {
			String prefix = use.group(1) != null ? use.group(1) : use.group(2);
			if (!prefix.equals("xml") && !prefix.equals("xmlns")) {
				used.add(prefix);
			}
		}
		Matcher declaration = PREFIX_DECLARATION.matcher(text);
		while (declaration.find()) {
			used.remove(declaration.group(1));
		}
		if (used.isEmpty()) {
			return text;
		}
		Matcher root = ROOT_START.matcher(text);
		int from = 0;
		while (root.find(from) && (text.startsWith("<?", root.start()) || text.startsWith("<!", root.start()))) {
			from = root.end();
		}
		if (!root.find(from)) {
			return text;
		}
		StringBuilder declarations = new StringBuilder();
		for (String prefix : used) {
			declarations.append(" xmlns:").append(prefix).append("=\"").append(Namespaces.uriForPrefix(prefix)).append('"');
		}
		problems.add("The feed uses the namespace prefixes " + used + " without declaring them; they were read as "
				+ "their usual namespaces.");
		return text.substring(0, root.end()) + declarations + text.substring(root.end());
	}

	private Document parse(String text, Budget budget, List<String> problems) {
		try {
			return builder().build(new StreamedFeed.DeadlineReader(new StringReader(text), budget));
		}
		catch (JDOMParseException ex) {
			problems.add("The feed is not well-formed XML (line " + ex.getLineNumber() + ", column "
					+ ex.getColumnNumber() + ": " + ex.getMessage().replaceFirst("^Error on line \\d+:\\s*", "")
					+ "); it was read leniently, and what could be read was kept.");
			return repair(text, budget);
		}
		catch (IllegalArgumentException ex) {
			// JDOM refuses what XML's grammar lets through, such as an attribute named ":keywords" (found by fuzzing).
			problems.add("The feed holds a name that XML does not allow (" + ex.getMessage() + "); it was read leniently.");
			return repair(text, budget);
		}
		catch (JDOMException | IOException ex) {
			throw unreadable(budget, ex, "The feed cannot be read: " + ex.getMessage());
		}
	}

	/** A lenient reading closes what is left open, escapes bare ampersands and resolves HTML entities. */
	private Document repair(String text, Budget budget) {
		var lenient = Jsoup.parse(text, "", Parser.xmlParser());
		lenient.outputSettings()
			.syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.prettyPrint(false);
		String repaired = lenient.html().replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
		try {
			return builder().build(new StreamedFeed.DeadlineReader(new StringReader(repaired), budget));
		}
		catch (JDOMException | IOException | IllegalArgumentException ex) {
			throw unreadable(budget, ex, "The feed cannot be read even leniently: " + ex.getMessage());
		}
	}

	/** @return the failure to read a feed: too slow when the time limit passed, else unreadable with this message */
	static InvalidFeed unreadable(Budget budget, Exception ex, String message) {
		if (StreamedFeed.tooSlow(ex) != null) {
			return new InvalidFeed(Reason.TOO_SLOW,
					"Reading the feed took longer than the limit of " + budget.limit().toSeconds() + " s.", ex);
		}
		return new InvalidFeed(Reason.UNREADABLE, message, ex);
	}

	/** A SAX builder that refuses DOCTYPEs and never resolves an external entity, whatever the input says. */
	private static SAXBuilder builder() {
		SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
		builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
		builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		builder.setExpandEntities(false);
		builder.setEntityResolver((publicId, systemId) -> {
			throw new IOException("External entities are not resolved: " + systemId);
		});
		return builder;
	}

	/** RSS with its items straight under {@code <rss>}: put them in the channel they were meant for. */
	private static void wrapItemsInAChannel(Document document, List<String> problems) {
		Element root = document.getRootElement();
		if (!root.getName().toLowerCase(Locale.ROOT).equals("rss") || root.getChild("channel") != null) {
			return;
		}
		Element channel = new Element("channel");
		for (Element child : new ArrayList<>(root.getChildren())) {
			child.detach();
			channel.addContent(child);
		}
		root.addContent(channel);
		problems.add("The feed has no <channel>; its elements were read as the channel's.");
	}

}
