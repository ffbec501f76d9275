package dev.podgraph.ingest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;

import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.CrewCredit;
import dev.podgraph.graph.ExtractedEpisode.FeedDetails;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.InvalidEpisode;
import dev.podgraph.graph.Role;
import dev.podgraph.ingest.feed.FeedChannel;
import dev.podgraph.ingest.feed.FeedItem;
import dev.podgraph.ingest.feed.FeedPerson;
import dev.podgraph.ingest.resolve.EntityResolver;
import dev.podgraph.ingest.shownotes.JoinsTheShow;
import dev.podgraph.ingest.shownotes.PageText;
import dev.podgraph.ingest.shownotes.ShowNotes;
import dev.podgraph.ingest.shownotes.ShowNotesParser;
import dev.podgraph.ingest.shownotes.TitleLine;
import dev.podgraph.topics.TopicExtractor;
import dev.podgraph.topics.TopicExtractor.TopicMatch;

/**
 * Turns a feed's items into episodes. {@code podcast:person} names the hosts, guests and crew where the feed gives
 * it, and wins over anything read from text; otherwise the description and {@code content:encoded} go through the
 * show-notes reader and the title through {@link TitleLine} ("32: Overcast - Marco Arment"). An item that cannot
 * become an episode is reported and skipped; the others go on.
 */
final class FeedEpisodes {

	/** Roles of {@code podcast:person} that mean presenting the episode. */
	private static final Set<String> HOST_ROLES = Set.of("host", "co-host", "cohost", "guest host");

	private static final int MAX_SUMMARY = 10_000;

	private final ShowNotesParser parser = new ShowNotesParser();

	private final EpisodeAssembler assembler;

	private final TopicExtractor topics;

	FeedEpisodes(EpisodeAssembler assembler, TopicExtractor topics) {
		this.assembler = assembler;
		this.topics = topics;
	}

	/**
	 * Starts on a feed's episodes, which are then made a chunk of items at a time.
	 * @param channel the feed's channel
	 * @param podcastTitle the podcast's title when the feed gives none, or {@code null}
	 * @param resolver names to entities, with the corrections
	 * @param problems where items that cannot become episodes are reported
	 * @throws InvalidPage when neither the feed nor the caller names the podcast
	 */
	Episodes of(FeedChannel channel, String podcastTitle, EntityResolver resolver, List<String> problems) {
		String title = channel.title() != null ? channel.title() : podcastTitle;
		if (title == null) {
			throw new InvalidPage(InvalidPage.Reason.NO_PODCAST,
					"The feed names no podcast (no channel <title>); give the podcast's title with the request.");
		}
		PodcastInfo podcast = new PodcastInfo(title, channel.link(), plainText(channel.description()), List.of(),
				channel.author());
		return new Episodes(podcast, channel, resolver, problems);
	}

	/** The episodes of one feed; remembers the items read so far to report two items that are one episode. */
	final class Episodes {

		private final PodcastInfo podcast;

		private final FeedChannel channel;

		private final EntityResolver resolver;

		private final List<String> problems;

		private final Map<String, Integer> positions = new HashMap<>();

		private Episodes(PodcastInfo podcast, FeedChannel channel, EntityResolver resolver, List<String> problems) {
			this.podcast = podcast;
			this.channel = channel;
			this.resolver = resolver;
			this.problems = problems;
		}

		/** @return the key of the feed's podcast */
		String podcastKey() {
			return podcast.key();
		}

		/**
		 * @param items the next items of the feed
		 * @return their episodes, in feed order; an item that cannot become one is reported and left out
		 */
		List<ExtractedEpisode> of(List<FeedItem> items) {
			List<ExtractedEpisode> episodes = new ArrayList<>();
			for (FeedItem item : items) {
				try {
					ExtractedEpisode episode = episode(podcast, channel, item, resolver, problems);
					Integer earlier = positions.put(episode.key(), item.position());
					if (earlier != null) {
						problems.add("Items " + earlier + " and " + item.position() + " are the same episode ("
								+ episode.key() + "); the later one is kept.");
					}
					episodes.add(episode);
				}
				catch (InvalidEpisode | InvalidPage ex) {
					problems.add("Item " + item.position() + " was skipped: " + ex.getMessage());
				}
			}
			return episodes;
		}

	}

	private ExtractedEpisode episode(PodcastInfo podcast, FeedChannel channel, FeedItem item, EntityResolver resolver,
			List<String> problems) {
		TitleLine titleLine = item.title() == null ? null : TitleLine.parse(item.title(), podcast.title());
		String html = item.content() != null ? item.content() : item.description();
		FeedNotes cleaned = html == null ? null : FeedNotes.of(html);
		ShowNotes notes = cleaned == null ? null : parser.parse(PageText.ofHtml(cleaned.html()));
		String title = firstNonNull(item.title(), item.itunesTitle(), fileName(item.enclosureUrl()));
		if (item.title() == null && item.itunesTitle() == null && title != null) {
			problems.add("Item " + item.position() + " has no title; it is named after its media file.");
		}
		Integer number = integral(item.episode());
		if (number == null && titleLine != null) {
			number = titleLine.number();
		}
		Integer season = item.season() != null ? item.season() : titleLine == null ? null : titleLine.season();
		FeedDetails details = new FeedDetails(item.enclosureUrl(), item.enclosureType(), item.episodeType(),
				item.seasonName(), item.episode() == null ? null : item.episode().toPlainString(), item.episodeDisplay(),
				item.publishedRaw(), item.transcripts(), item.chapters());
		String key = new ExtractedEpisode(podcast, item.guid(), title, season, number, item.published(), null, null, null,
				null, null, null, details, null)
			.key();

		List<FeedPerson> persons = item.people().isEmpty() ? channel.people() : item.people();
		List<PersonCredit> people = new ArrayList<>();
		List<CrewCredit> crew = new ArrayList<>();
		for (FeedPerson person : persons) {
			String name = resolver.personName(person.name());
			if (HOST_ROLES.contains(person.role())) {
				people.add(new PersonCredit(name, Role.HOST, null, null, person.href(), person.img()));
			}
			else if (person.role().equals("guest")) {
				people.add(new PersonCredit(name, Role.GUEST, null, null, person.href(), person.img()));
			}
			else {
				crew.add(new CrewCredit(name, person.role(), person.group(), person.href(), person.img()));
			}
		}
		// podcast:person names the guests where the feed gives them; only without them is the text read for people.
		if (people.stream().noneMatch(p -> p.role() == Role.GUEST)) {
			List<ShowNotes.Credit> guests = new ArrayList<>(notes == null ? List.of() : notes.guests());
			String opening = plainText(item.description() != null ? item.description() : html);
			JoinsTheShow.guests(opening)
				.stream()
				.filter(g -> guests.stream().noneMatch(known -> sameName(known.name(), g.name())))
				.forEach(guests::add);
			if (titleLine != null) {
				titleLine.guests()
					.stream()
					.filter(g -> guests.stream().noneMatch(known -> sameName(known.name(), g.name())))
					.forEach(guests::add);
			}
			guests.stream()
				.filter(g -> people.stream().noneMatch(p -> sameName(p.name(), g.name())))
				.forEach(g -> people.add(EpisodeAssembler.credit(g, Role.GUEST, key, resolver)));
		}
		if (people.stream().noneMatch(p -> p.role() == Role.HOST) && notes != null) {
			notes.hosts()
				.stream()
				.filter(h -> people.stream().noneMatch(p -> sameName(p.name(), h.name())))
				.forEach(h -> people.add(EpisodeAssembler.credit(h, Role.HOST, key, resolver)));
		}
		return new ExtractedEpisode(podcast, item.guid(), title, season, number, item.published(), item.link(),
				truncate(plainText(html)), people,
				sponsors(notes, cleaned, resolver), topics(item, titleLine, notes, cleaned, resolver), notes == null ? List.of() : EpisodeAssembler.mentions(notes, resolver),
				details, crew);
	}

	/**
	 * Bullets are evidence as on a page. Without bullets, the title is (with candidates for what the vocabulary
	 * lacks), and so is each line of the description that names a vocabulary topic.
	 */
	private static List<OrganisationName> sponsors(ShowNotes notes, FeedNotes cleaned,
			EntityResolver resolver) {
		List<String> names = new ArrayList<>(notes == null ? List.of() : notes.sponsors());
		if (cleaned != null) {
			cleaned.sponsors().stream().filter(s -> names.stream().noneMatch(n -> sameName(n, s))).forEach(names::add);
		}
		return names.stream().map(s -> resolver.organisation(s, List.of())).toList();
	}

	/**
	 * Bullets are evidence as on a page. Besides them, the title (without its numbering and guests, with a candidate
	 * for what the vocabulary lacks), each line of the description that names a vocabulary topic, and the item's
	 * keywords ({@code itunes:keywords}, categories) that the vocabulary knows.
	 */
	private List<TopicEvidence> topics(FeedItem item, TitleLine titleLine, ShowNotes notes, FeedNotes cleaned,
			EntityResolver resolver) {
		List<TopicEvidence> evidence = new ArrayList<>();
		boolean bullets = notes != null && !notes.bullets().isEmpty();
		if (bullets) {
			evidence.addAll(EpisodeAssembler.topics(assembler.read(notes), resolver));
		}
		String title = item.title() != null ? item.title() : item.itunesTitle();
		if (title != null) {
			String subject = titleLine != null && titleLine.title() != null ? titleLine.title() : title;
			for (TopicMatch topic : topics.topicsOf(subject)) {
				if (!topic.candidate() || !bullets) {
					evidence.add(new TopicEvidence(resolver.topicName(topic.label()), title,
							resolver.candidateTopic(topic.label(), topic.candidate())));
				}
			}
		}
		if (cleaned != null) {
			for (String line : PageText.ofHtml(cleaned.html()).lines()) {
				String text = PageText.bulletText(line);
				if (text.length() > 400 || (bullets && notes.bullets().contains(text))) {
					continue;
				}
				for (TopicMatch topic : topics.topicsOf(text)) {
					if (!topic.candidate()) {
						evidence.add(new TopicEvidence(resolver.topicName(topic.label()), text, false));
					}
				}
			}
		}
		if (!item.keywords().isEmpty()) {
			String line = TopicEvidence.KEYWORDS + String.join(", ", item.keywords());
			for (String keyword : item.keywords()) {
				for (TopicMatch topic : topics.topicsOf(keyword)) {
					if (!topic.candidate()) {
						evidence.add(new TopicEvidence(resolver.topicName(topic.label()), line, false));
					}
				}
			}
		}
		return evidence;
	}

	private static Integer integral(BigDecimal number) {
		if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			return null;
		}
		return number.intValue();
	}

	private static String fileName(String url) {
		if (url == null) {
			return null;
		}
		try {
			String path = URI.create(url.strip()).getPath();
			String name = path == null ? null : path.substring(path.lastIndexOf('/') + 1);
			return name == null || name.isBlank() ? null : name;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String plainText(String html) {
		if (html == null) {
			return null;
		}
		String text = Jsoup.parse(html).text();
		return text.isBlank() ? null : text.strip();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
	}

	private static boolean sameName(String a, String b) {
		return a.replaceAll("[^\\p{L}\\p{N}]", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]", ""));
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
