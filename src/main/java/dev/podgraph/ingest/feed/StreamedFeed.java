package dev.podgraph.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.rometools.rome.io.XmlReader;
import org.jdom2.Attribute;
import org.jdom2.CDATA;
import org.jdom2.Element;
import org.jdom2.IllegalAddException;
import org.jdom2.IllegalNameException;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.filter.Filters;

import dev.podgraph.ingest.feed.OpenFeed.Budget;
import dev.podgraph.ingest.feed.OpenFeed.ItemElements;
import dev.podgraph.ingest.feed.OpenFeed.Skeleton;

/**
 * Reads a well-formed feed as a stream (StAX), twice: once to check all of it and keep everything but its items, once
 * more to hand over its items one by one. Nothing but the channel and one item is ever held, whatever the feed's
 * size. Feeds that are not well-formed are left to the lenient reading of {@link FeedReader}.
 */
final class StreamedFeed implements ItemElements {

	private static final XMLInputFactory FACTORY = factory();

	private final byte[] content;

	private final String contentType;

	private final Budget budget;

	private StreamedFeed(byte[] content, String contentType, Budget budget) {
		this.content = content;
		this.contentType = contentType;
		this.budget = budget;
	}

	/**
	 * The feed as read on the first pass: its skeleton, and what its items hold that decides whether it is a podcast.
	 * @param skeleton the feed without its items
	 * @param items its items
	 * @param count how many items it has
	 * @param podcastTags whether an element is an iTunes or Podcasting 2.0 tag
	 * @param mediaEnclosures whether an item encloses audio or video
	 * @param streamed whether the items are read as a stream (else they are in memory)
	 */
	record Scanned(Skeleton skeleton, ItemElements items, int count, boolean podcastTags, boolean mediaEnclosures,
			boolean streamed) {
	}

	/** The feed is not well-formed XML, or not XML that a stream can read; it must be read leniently. */
	static final class NotWellFormed extends Exception {

		NotWellFormed(Throwable cause) {
			super(cause);
		}

	}

	/**
	 * @param content the feed's bytes, already checked for a DOCTYPE
	 * @param contentType the HTTP Content-Type, for its charset, or {@code null}
	 * @param budget the time the reading may take
	 * @param problems where repairs are reported
	 * @throws NotWellFormed when the feed cannot be read as a stream
	 * @throws TooSlow when the time limit passes
	 */
	static Scanned scan(byte[] content, String contentType, Budget budget, List<String> problems)
			throws NotWellFormed, TooSlow {
		StreamedFeed feed = new StreamedFeed(content, contentType, budget);
		try {
			return feed.scan(problems);
		}
		catch (XMLStreamException | IOException | RuntimeException ex) {
			TooSlow tooSlow = tooSlow(ex);
			if (tooSlow != null) {
				throw tooSlow;
			}
			throw new NotWellFormed(ex);
		}
	}

	private Scanned scan(List<String> problems) throws XMLStreamException, IOException {
		XMLStreamReader reader = open();
		try {
			Element root = null;
			Element channel = null;
			int depth = 0;
			int count = 0;
			boolean[] tags = { false };
			boolean[] media = { false };
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					switch (classify(depth, reader.getLocalName(), channel != null)) {
						case ROOT -> root = shell(reader);
						case CHANNEL -> {
							channel = shell(reader);
							root.addContent(channel);
						}
						case ITEM -> {
							count++;
							scanItem(reader, tags, media);
							continue;
						}
						case OTHER -> {
							Element element = element(reader);
							(depth == 1 ? root : channel).addContent(element);
							tags[0] |= hasPodcastTags(element);
							continue;
						}
					}
					depth++;
				}
			}
			if (root == null) {
				throw new XMLStreamException("The document has no root element");
			}
			if (channel == null && root.getName().equals("rss")) {
				channel = new Element("channel", root.getNamespace());
				for (Element child : List.copyOf(root.getChildren())) {
					channel.addContent(child.detach());
				}
				root.addContent(channel);
				problems.add("The feed has no <channel>; its elements were read as the channel's.");
			}
			return new Scanned(new Skeleton(root, channel != null), this, count, tags[0], media[0], true);
		}
		finally {
			reader.close();
		}
	}

	/** The second pass: every item, built one at a time, in document order. */
	@Override
	public void forEach(Consumer<Element> each) {
		try {
			XMLStreamReader reader = open();
			try {
					int depth = 0;
				boolean channel = false;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.END_ELEMENT) {
						depth--;
					}
					else if (event == XMLStreamConstants.START_ELEMENT) {
						switch (classify(depth, reader.getLocalName(), channel)) {
							case ROOT -> depth++;
							case CHANNEL -> {
								channel = true;
								depth++;
							}
							case ITEM -> each.accept(element(reader));
							case OTHER -> skip(reader);
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException | IOException ex) {
			// The first pass read the same bytes without fault: only the time limit should stop this one.
			throw FeedReader.unreadable(budget, ex, "The feed could not be read again: " + ex.getMessage());
		}
	}

	private enum Kind {

		ROOT, CHANNEL, ITEM, OTHER

	}

	/**
	 * Where an element stands: the root; the first {@code channel} under it; an {@code item} or {@code entry} under the
	 * root or the channel; anything else, which belongs to the channel or the root as a whole.
	 */
	private static Kind classify(int depth, String name, boolean channelSeen) {
		if (depth == 0) {
			return Kind.ROOT;
		}
		if (depth == 1 && !channelSeen && name.equals("channel")) {
			return Kind.CHANNEL;
		}
		if (name.equals("item") || name.equals("entry")) {
			return Kind.ITEM;
		}
		return Kind.OTHER;
	}

	private XMLStreamReader open() throws IOException, XMLStreamException {
		ByteArrayInputStream bytes = new ByteArrayInputStream(content);
		Reader decoded = contentType == null ? new XmlReader(bytes, true) : new XmlReader(bytes, contentType, true);
		return FACTORY.createXMLStreamReader(new DeadlineReader(decoded, budget));
	}

	/** The element the reader is at, with all its content; leaves the reader at its end. */
	private static Element element(XMLStreamReader reader) throws XMLStreamException {
		Element element = shell(reader);
		while (true) {
			switch (reader.next()) {
				case XMLStreamConstants.START_ELEMENT -> element.addContent(element(reader));
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> element.addContent(new Text(reader.getText()));
				case XMLStreamConstants.CDATA -> element.addContent(new CDATA(reader.getText()));
				case XMLStreamConstants.END_ELEMENT -> {
					return element;
				}
				default -> {
					// Comments and processing instructions say nothing a feed reader needs.
				}
			}
		}
	}

	/** The element the reader is at, with its namespaces and attributes but none of its content. */
	private static Element shell(XMLStreamReader reader) {
		Element element = new Element(reader.getLocalName(), namespace(reader.getPrefix(), reader.getNamespaceURI()));
		for (int i = 0; i < reader.getNamespaceCount(); i++) {
			try {
				element.addNamespaceDeclaration(namespace(reader.getNamespacePrefix(i), reader.getNamespaceURI(i)));
			}
			catch (IllegalAddException | IllegalNameException ex) {
				// The element's own namespace, declared as the default: JDOM already has it.
			}
		}
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			try {
				element.setAttribute(new Attribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i),
						namespace(reader.getAttributePrefix(i), reader.getAttributeNamespace(i))));
			}
			catch (IllegalAddException | IllegalNameException ex) {
				// An attribute JDOM cannot hold; a feed's root and channel carry none that matter.
			}
		}
		return element;
	}

	private static Namespace namespace(String prefix, String uri) {
		return uri == null || uri.isEmpty() ? Namespace.NO_NAMESPACE
				: Namespace.getNamespace(prefix == null ? "" : prefix, uri);
	}

	/** Walks through one item, noting podcast tags and media enclosures, and leaves the reader at its end. */
	private static void scanItem(XMLStreamReader reader, boolean[] tags, boolean[] media) throws XMLStreamException {
		int event = reader.getEventType();
		for (int depth = 0;; event = reader.next()) {
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				tags[0] |= Namespaces.isPodcastTag(reader.getNamespaceURI());
				media[0] |= FeedMapper.isMediaEnclosure(reader.getLocalName(), name -> reader.getAttributeValue(null, name));
			}
			else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
				return;
			}
		}
	}

	/** Leaves the reader at the end of the element it is at. */
	private static void skip(XMLStreamReader reader) throws XMLStreamException {
		for (int depth = 1; depth > 0;) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static boolean hasPodcastTags(Element element) {
		if (Namespaces.isPodcastTag(element.getNamespaceURI())) {
			return true;
		}
		for (Element descendant : element.getDescendants(Filters.element())) {
			if (Namespaces.isPodcastTag(descendant.getNamespaceURI())) {
				return true;
			}
		}
		return false;
	}

	/** @return the time limit's passing among the causes of {@code ex}, or {@code null} */
	static TooSlow tooSlow(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooSlow tooSlow) {
				return tooSlow;
			}
			if (cause instanceof XMLStreamException stream && stream.getNestedException() instanceof TooSlow tooSlow) {
				return tooSlow;
			}
		}
		return null;
	}

	/** A StAX factory that reads no DTD and resolves no external entity, whatever the input says. */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("External entities are not resolved: " + systemId);
		});
		return factory;
	}

	/** Fails the read once the time limit has passed. */
	static final class DeadlineReader extends java.io.FilterReader {

		private final Budget budget;

		DeadlineReader(Reader in, Budget budget) {
			super(in);
			this.budget = budget;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (budget.exceeded()) {
				throw new TooSlow(budget);
			}
			return super.read(buffer, offset, Math.min(length, 16 * 1024));
		}

	}

	/** The time limit passed while reading. */
	static final class TooSlow extends IOException {

		TooSlow(Budget budget) {
			super("reading took longer than " + budget.limit());
		}

	}

}
