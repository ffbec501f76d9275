package dev.podgraph.ingest.feed;

import java.util.Locale;
import java.util.Map;

import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The namespaces of podcast feeds, recognised by what their URIs say rather than by exact spelling: feeds write the
 * iTunes namespace with "DTDs" or "dtds", the content module with or without its final slash, and the Podcasting 2.0
 * namespace under its old GitHub address too.
 */
final class Namespaces {

	private static final Map<String, String> USUAL = Map.of("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
			"podcast", "https://podcastindex.org/namespace/1.0", "content", "http://purl.org/rss/1.0/modules/content/",
			"atom", "http://www.w3.org/2005/Atom", "dc", "http://purl.org/dc/elements/1.1/", "media",
			"http://search.yahoo.com/mrss/", "googleplay", "http://www.google.com/schemas/play-podcasts/1.0");

	private Namespaces() {
	}

	/** @return the namespace a prefix usually stands for, or a made-up one for a prefix nobody knows */
	static String uriForPrefix(String prefix) {
		return USUAL.getOrDefault(prefix.toLowerCase(Locale.ROOT), "urn:podgraph:undeclared:" + prefix);
	}

	static boolean isItunes(Namespace namespace) {
		return isItunes(namespace.getURI());
	}

	static boolean isItunes(String uri) {
		return uri != null && uri.toLowerCase(Locale.ROOT).contains("itunes.com/dtds/podcast");
	}

	static boolean isPodcastIndex(Namespace namespace) {
		return isPodcastIndex(namespace.getURI());
	}

	static boolean isPodcastIndex(String uri) {
		String lower = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
		return lower.contains("podcastindex.org/namespace") || lower.contains("podcastindex-org/podcast-namespace");
	}

	/** @return whether elements of this namespace are podcast tags (iTunes, Podcasting 2.0) */
	static boolean isPodcastTag(String uri) {
		return isItunes(uri) || isPodcastIndex(uri);
	}

	static boolean isContent(Namespace namespace) {
		return namespace.getURI().toLowerCase(Locale.ROOT).startsWith("http://purl.org/rss/1.0/modules/content");
	}

	/** @return the first child of {@code parent} with this local name in an iTunes namespace, or {@code null} */
	static Element itunes(Element parent, String name) {
		return child(parent, name, Kind.ITUNES);
	}

	/** @return the first child of {@code parent} with this local name in a Podcasting 2.0 namespace, or {@code null} */
	static Element podcast(Element parent, String name) {
		return child(parent, name, Kind.PODCAST);
	}

	/** @return every child of {@code parent} with this local name in a Podcasting 2.0 namespace */
	static java.util.List<Element> podcastAll(Element parent, String name) {
		return parent.getChildren()
			.stream()
			.filter(e -> e.getName().equals(name) && isPodcastIndex(e.getNamespace()))
			.toList();
	}

	/** @return {@code content:encoded}, or {@code null} */
	static Element contentEncoded(Element parent) {
		return child(parent, "encoded", Kind.CONTENT);
	}

	enum Kind {

		ITUNES, PODCAST, CONTENT

	}

	private static Element child(Element parent, String name, Kind kind) {
		for (Element child : parent.getChildren()) {
			if (child.getName().equals(name) && matches(child.getNamespace(), kind)) {
				return child;
			}
		}
		return null;
	}

	private static boolean matches(Namespace namespace, Kind kind) {
		return switch (kind) {
			case ITUNES -> isItunes(namespace);
			case PODCAST -> isPodcastIndex(namespace);
			case CONTENT -> isContent(namespace);
		};
	}

}
