package dev.podgraph.ingest.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jdom2.Element;

/**
 * Turns what ROME read, together with the document it read, into a {@link Feed}: ROME for the standard parts of RSS
 * and Atom, the document for what ROME leaves aside (the Podcasting 2.0 namespace, the raw publication date, content
 * in a misspelt namespace). Every item is mapped on its own, so one bad item is reported and the others kept.
 */
final class FeedMapper {

	private static final Set<String> EPISODE_TYPES = Set.of("full", "trailer", "bonus");

	private final List<String> problems;

	FeedMapper(List<String> problems) {
		this.problems = problems;
	}

	/**
	 * @param feed what ROME read of the channel
	 * @param channel the channel element (the root element of an Atom feed)
	 * @param items how many items the feed has
	 * @param podcastTags whether the feed uses the iTunes or Podcasting 2.0 namespaces
	 * @param mediaEnclosures whether an item encloses audio or video
	 */
	FeedChannel channel(SyndFeed feed, Element channel, int items, boolean podcastTags, boolean mediaEnclosures) {
		return new FeedChannel(clean(feed.getTitle()), clean(feed.getLink()), clean(feed.getDescription()),
				firstNonBlank(text(Namespaces.itunes(channel, "author")), feed.getAuthor()),
				text(Namespaces.podcast(channel, "guid")), people(channel), items, podcastTags, mediaEnclosures);
	}

	/**
	 * @param feed what ROME read of a document holding these items
	 * @param elements the item elements, in the order ROME read them
	 * @param firstPosition the position in the feed of the first of them, from 1
	 * @return the items that could be read; each one that could not is reported
	 */
	List<FeedItem> items(SyndFeed feed, List<Element> elements, int firstPosition) {
		List<FeedItem> items = new ArrayList<>();
		List<SyndEntry> entries = feed.getEntries();
		for (int i = 0; i < entries.size(); i++) {
			Element element = i < elements.size() ? elements.get(i) : new Element("item");
			int position = firstPosition + i;
			try {
				items.add(item(position, entries.get(i), element));
			}
			catch (RuntimeException ex) {
				problems.add("Item " + position + " could not be read and was skipped: " + ex.getMessage());
			}
		}
		return items;
	}

	/**
	 * The rule ROME follows for enclosures: RSS {@code <enclosure url>}, Atom {@code <link rel="enclosure" href>}.
	 * @param name an element's local name
	 * @param attributes its attributes by local name
	 * @return whether the element encloses audio or video (or a file of unknown type)
	 */
	static boolean isMediaEnclosure(String name, UnaryOperator<String> attributes) {
		String url;
		if (name.equals("enclosure")) {
			url = attributes.apply("url");
		}
		else if (name.equals("link") && "enclosure".equals(attributes.apply("rel"))) {
			url = attributes.apply("href");
		}
		else {
			return false;
		}
		String type = attributes.apply("type") == null ? "" : attributes.apply("type").strip().toLowerCase(Locale.ROOT);
		return url != null && !url.isBlank() && (type.isEmpty() || type.startsWith("audio/") || type.startsWith("video/"));
	}

	private FeedItem item(int position, SyndEntry entry, Element element) {
		SyndEnclosure enclosure = entry.getEnclosures().stream().filter(e -> e.getUrl() != null).findFirst().orElse(null);
		String publishedRaw = firstNonBlank(text(element.getChild("pubDate")), text(child(element, "published")),
				text(child(element, "updated")), text(child(element, "date")));
		LocalDate published = FeedDates.parse(publishedRaw).orElse(null);
		if (published == null && entry.getPublishedDate() != null) {
			published = LocalDate.ofInstant(entry.getPublishedDate().toInstant(), ZoneOffset.UTC);
		}
		if (published == null && publishedRaw != null) {
			problems.add("Item " + position + ": the date \"" + publishedRaw + "\" cannot be read; it is kept as written.");
		}
		Element podcastSeason = Namespaces.podcast(element, "season");
		Element podcastEpisode = Namespaces.podcast(element, "episode");
		// An RSS item is known by its <guid> only (ROME would fall back to the link); an Atom entry by its id.
		String guid = element.getName().equals("entry") ? clean(entry.getUri()) : text(element.getChild("guid"));
		return new FeedItem(position, guid, clean(entry.getTitle()),
				text(Namespaces.itunes(element, "title")), clean(entry.getLink()), enclosure == null ? null : enclosure.getUrl(),
				enclosure == null ? null : enclosure.getType(), published, publishedRaw,
				season(position, podcastSeason, Namespaces.itunes(element, "season")),
				podcastSeason == null ? null : clean(podcastSeason.getAttributeValue("name")),
				episode(position, podcastEpisode, Namespaces.itunes(element, "episode")),
				podcastEpisode == null ? null : clean(podcastEpisode.getAttributeValue("display")),
				episodeType(position, text(Namespaces.itunes(element, "episodeType"))),
				firstNonBlank(text(Namespaces.itunes(element, "author")), entry.getAuthor()),
				entry.getDescription() == null ? null : clean(entry.getDescription().getValue()), content(entry, element),
				people(element), Namespaces.podcastAll(element, "transcript")
					.stream()
					.map(t -> clean(t.getAttributeValue("url")))
					.filter(url -> url != null)
					.toList(),
				attribute(Namespaces.podcast(element, "chapters"), "url"), keywords(entry, element));
	}

	/** {@code itunes:keywords} (comma-separated) and the item's categories, each once, without placeholders. */
	private static List<String> keywords(SyndEntry entry, Element element) {
		Set<String> keywords = new java.util.LinkedHashSet<>();
		String itunes = text(Namespaces.itunes(element, "keywords"));
		if (itunes != null) {
			for (String keyword : itunes.split(",")) {
				keywords.add(keyword.strip());
			}
		}
		entry.getCategories().forEach(c -> keywords.add(c.getName() == null ? "" : c.getName().strip()));
		keywords.removeIf(k -> k.isEmpty() || k.equalsIgnoreCase("uncategorized") || k.equalsIgnoreCase("podcast")
				|| k.length() > 60);
		return List.copyOf(keywords);
	}

	private Integer season(int position, Element podcastSeason, Element itunesSeason) {
		Element source = podcastSeason != null ? podcastSeason : itunesSeason;
		BigDecimal number = number(position, source);
		if (number == null) {
			return null;
		}
		if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			problems.add("Item " + position + ": the season \"" + text(source) + "\" is not a season number; ignored.");
			return null;
		}
		return number.intValueExact();
	}

	private BigDecimal episode(int position, Element podcastEpisode, Element itunesEpisode) {
		Element source = podcastEpisode != null ? podcastEpisode : itunesEpisode;
		BigDecimal number = number(position, source);
		if (number != null && number.signum() < 0) {
			problems.add("Item " + position + ": the episode number \"" + text(source) + "\" is negative; ignored.");
			return null;
		}
		return number;
	}

	private BigDecimal number(int position, Element element) {
		String text = text(element);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add("Item " + position + ": <" + element.getQualifiedName() + "> \"" + text + "\" is not a number;"
					+ " ignored.");
			return null;
		}
	}

	private String episodeType(int position, String type) {
		if (type == null) {
			return null;
		}
		String normal = type.toLowerCase(Locale.ROOT);
		if (!EPISODE_TYPES.contains(normal)) {
			problems.add("Item " + position + ": the episode type \"" + type + "\" is none of full, trailer or bonus;"
					+ " ignored.");
			return null;
		}
		return normal;
	}

	private static String content(SyndEntry entry, Element element) {
		String encoded = text(Namespaces.contentEncoded(element));
		if (encoded != null) {
			return encoded;
		}
		return entry.getContents().stream().map(SyndContent::getValue).map(FeedMapper::clean).filter(c -> c != null)
			.findFirst()
			.orElse(null);
	}

	private static List<FeedPerson> people(Element parent) {
		List<FeedPerson> people = new ArrayList<>();
		for (Element person : Namespaces.podcastAll(parent, "person")) {
			String name = text(person);
			if (name != null) {
				people.add(new FeedPerson(name, person.getAttributeValue("role"), person.getAttributeValue("group"),
						clean(person.getAttributeValue("href")), clean(person.getAttributeValue("img"))));
			}
		}
		return people;
	}

	private static Element child(Element parent, String name) {
		return parent.getChildren().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
	}

	private static String attribute(Element element, String name) {
		return element == null ? null : clean(element.getAttributeValue(name));
	}

	private static String text(Element element) {
		return element == null ? null : clean(element.getText());
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

}
