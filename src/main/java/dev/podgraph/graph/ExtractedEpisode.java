package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One episode as an importer extracted it: everything the write path needs to upsert the episode, its podcast and the
 * people, organisations and topics around it. Built by the page and feed importers and by the demo data; written by
 * {@link EpisodeWriter}. Construction validates the record, so an invalid episode never reaches the database.
 *
 * @param podcast the podcast the episode belongs to
 * @param guid the feed's GUID, or {@code null} for a page without one
 * @param title the episode's title
 * @param season the season number, or {@code null}
 * @param number the episode number within its season (or the podcast), or {@code null}
 * @param published the publication date, or {@code null} when unknown
 * @param url the episode's web page, or {@code null}
 * @param summary a short description, or {@code null}
 * @param people guests and hosts, each with the title and organisation they were introduced with
 * @param sponsors organisations that sponsored the episode
 * @param topics what was discussed, each with the show-notes line it came from
 * @param mentions people and organisations mentioned without taking part
 * @param feed what a feed item says beyond a page (media file, episode type, transcripts, ...), or {@code null} for
 * an episode read from a page
 * @param crew people credited for the episode who did not appear on it (a producer, a cover designer)
 */
public record ExtractedEpisode(PodcastInfo podcast, String guid, String title, Integer season, Integer number,
		LocalDate published, String url, String summary, List<PersonCredit> people, List<OrganisationName> sponsors,
		List<TopicEvidence> topics, List<Mention> mentions, FeedDetails feed, List<CrewCredit> crew) {

	static final int MAX_NAME = 300;

	static final int MAX_TEXT = 4_000;

	static final int MAX_SUMMARY = 100_000;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

	public ExtractedEpisode {
		require(podcast != null, "an episode needs its podcast");
		guid = optional(guid, "guid", MAX_TEXT);
		title = optional(title, "title", MAX_TEXT);
		require(title != null || number != null, "an episode needs a title or a number");
		require(season == null || season >= 0, "season must not be negative: " + season);
		require(number == null || number >= 0, "episode number must not be negative: " + number);
		url = optional(url, "url", MAX_TEXT);
		summary = text(summary, "summary", MAX_SUMMARY);
		people = copy(people, "people");
		sponsors = copy(sponsors, "sponsors");
		topics = copy(topics, "topics");
		mentions = copy(mentions, "mentions");
		crew = copy(crew, "crew");
	}

	/** An episode read from a page: no feed details, no crew. */
	public ExtractedEpisode(PodcastInfo podcast, String guid, String title, Integer season, Integer number,
			LocalDate published, String url, String summary, List<PersonCredit> people, List<OrganisationName> sponsors,
			List<TopicEvidence> topics, List<Mention> mentions) {
		this(podcast, guid, title, season, number, published, url, summary, people, sponsors, topics, mentions, null,
				List.of());
	}

	/** The podcast's key: the slug of its title. */
	public String podcastKey() {
		return podcast.key();
	}

	/**
	 * The episode's stable key: the podcast's slug, a colon, then the feed GUID. Without a GUID, a feed item is known
	 * by its media file, else by its title and date (feeds repeat episode numbers); a page by its season and number
	 * ({@code s4e9}), else by its title and date.
	 * @return for example {@code driven-by-data-the-podcast:s4e9}
	 */
	public String key() {
		return podcastKey() + ":" + localKey();
	}

	private String localKey() {
		if (guid != null && !Slugs.slug(guid).isEmpty()) {
			return Slugs.slug(URL_SCHEME.matcher(guid).replaceFirst(""));
		}
		if (feed != null && feed.enclosureUrl() != null && !Slugs.slug(feed.enclosureUrl()).isEmpty()) {
			return Slugs.slug(URL_SCHEME.matcher(feed.enclosureUrl()).replaceFirst(""));
		}
		if (number != null && feed == null) {
			return (season != null ? "s" + season : "") + "e" + number;
		}
		String local = Slugs.slug(title != null ? title : "episode " + number);
		require(!local.isEmpty(), "the episode title has no letter or digit: " + title);
		return published != null ? local + "-" + published : local;
	}

	/**
	 * The podcast an episode belongs to.
	 * @param title the podcast's title, from which its key is made
	 * @param url its website, or {@code null}
	 * @param description what the podcast is about, or {@code null}
	 * @param producers organisations that produce it
	 * @param author the feed's {@code itunes:author}, or {@code null}
	 */
	public record PodcastInfo(String title, String url, String description, List<OrganisationName> producers,
			String author) {

		public PodcastInfo {
			title = requiredName(title, "podcast title");
			url = optional(url, "podcast url", MAX_TEXT);
			description = text(description, "podcast description", MAX_SUMMARY);
			producers = copy(producers, "producers");
			author = optional(author, "podcast author", MAX_NAME);
		}

		public PodcastInfo(String title, String url, String description, List<OrganisationName> producers) {
			this(title, url, description, producers, null);
		}

		public PodcastInfo(String title) {
			this(title, null, null, List.of());
		}

		/** @return the slug of the title */
		public String key() {
			return Slugs.slug(title);
		}

	}

	/**
	 * A person who took part in the episode.
	 * @param name the person's name
	 * @param role guest or host
	 * @param title their job title as introduced on the episode ("Director of Data"), or {@code null}
	 * @param organisation where they work as introduced on the episode, or {@code null}
	 * @param link a page about them ({@code podcast:person href}), or {@code null}
	 * @param image a picture of them ({@code podcast:person img}), or {@code null}
	 */
	public record PersonCredit(String name, Role role, String title, OrganisationName organisation, String link,
			String image) {

		public PersonCredit {
			name = requiredName(name, "person name");
			require(role != null, "person " + name + " needs a role");
			title = optional(title, "job title", MAX_NAME);
			link = optional(link, "person link", MAX_TEXT);
			image = optional(image, "person image", MAX_TEXT);
		}

		public PersonCredit(String name, Role role, String title, OrganisationName organisation) {
			this(name, role, title, organisation, null, null);
		}

		/** @return the slug of the name */
		public String key() {
			return Slugs.slug(name);
		}

	}

	/**
	 * An organisation, with other names it is known by.
	 * @param name the organisation's name
	 * @param aliases other names, such as "Scotland Yard" for the Metropolitan Police
	 */
	public record OrganisationName(String name, List<String> aliases) {

		public OrganisationName {
			name = requiredName(name, "organisation name");
			List<String> clean = new ArrayList<>();
			for (String alias : copy(aliases, "aliases")) {
				String a = requiredName(alias, "organisation alias");
				if (!a.equals(name) && !clean.contains(a)) {
					clean.add(a);
				}
			}
			aliases = List.copyOf(clean);
		}

		public OrganisationName(String name) {
			this(name, List.of());
		}

		/** @return the slug of the name, without a leading "The": "The Guardian" and "Guardian" are one organisation */
		public String key() {
			return organisationKey(name);
		}

	}

	/**
	 * A topic the episode discussed and the line of the show notes that says so.
	 * @param topic the topic's name ("ethics")
	 * @param evidence the show-notes line ("Tackling bias and ethics ..."), or {@code null}
	 * @param candidate whether the topic is a phrase from outside the topic vocabulary, weighed lower than a
	 * vocabulary topic
	 */
	public record TopicEvidence(String topic, String evidence, boolean candidate) {

		/**
		 * How a feed's keywords stand as evidence ("Keywords: Indie, iOS, Games"): chosen by the podcast, not said on
		 * the episode, so readers of the evidence weigh them lower.
		 */
		public static final String KEYWORDS = "Keywords: ";

		public TopicEvidence {
			topic = requiredName(topic, "topic");
			evidence = optional(evidence, "evidence", MAX_TEXT);
		}

		/** A vocabulary topic. */
		public TopicEvidence(String topic, String evidence) {
			this(topic, evidence, false);
		}

		/** @return the slug of the topic */
		public String key() {
			return Slugs.slug(topic);
		}

	}

	/**
	 * What a feed item says about an episode beyond what a page says.
	 * @param enclosureUrl the media file, or {@code null}
	 * @param enclosureType its media type, or {@code null}
	 * @param episodeType full, trailer or bonus, or {@code null}
	 * @param seasonName the season's name ({@code podcast:season name}), or {@code null}
	 * @param episodeNumber the episode number as written, decimals included ({@code podcast:episode}), or {@code null}
	 * @param episodeDisplay how the number is shown ({@code podcast:episode display}), or {@code null}
	 * @param publishedRaw the publication date exactly as the feed wrote it, or {@code null}
	 * @param transcripts the URLs of its transcripts
	 * @param chapters the URL of its chapters, or {@code null}
	 */
	public record FeedDetails(String enclosureUrl, String enclosureType, String episodeType, String seasonName,
			String episodeNumber, String episodeDisplay, String publishedRaw, List<String> transcripts, String chapters) {

		public FeedDetails {
			enclosureUrl = optional(enclosureUrl, "enclosure url", MAX_TEXT);
			enclosureType = optional(enclosureType, "enclosure type", MAX_NAME);
			episodeType = optional(episodeType, "episode type", MAX_NAME);
			seasonName = optional(seasonName, "season name", MAX_NAME);
			episodeNumber = optional(episodeNumber, "episode number", MAX_NAME);
			episodeDisplay = optional(episodeDisplay, "episode display", MAX_NAME);
			publishedRaw = optional(publishedRaw, "publication date", MAX_NAME);
			transcripts = copy(transcripts, "transcripts").stream()
				.map(t -> optional(t, "transcript url", MAX_TEXT))
				.filter(Objects::nonNull)
				.toList();
			chapters = optional(chapters, "chapters url", MAX_TEXT);
		}

	}

	/**
	 * A person credited for the episode without appearing on it.
	 * @param name the person's name
	 * @param role what they did ("producer", "cover art designer"), in lower case
	 * @param group the kind of work ("visuals", "writing"), in lower case, or {@code null}
	 * @param link a page about them, or {@code null}
	 * @param image a picture of them, or {@code null}
	 */
	public record CrewCredit(String name, String role, String group, String link, String image) {

		public CrewCredit {
			name = requiredName(name, "person name");
			role = requiredName(role, "credit role");
			group = optional(group, "credit group", MAX_NAME);
			link = optional(link, "person link", MAX_TEXT);
			image = optional(image, "person image", MAX_TEXT);
		}

		/** @return the slug of the name */
		public String key() {
			return Slugs.slug(name);
		}

	}

	/**
	 * A person or organisation the episode mentions without them taking part ("a shout-out to ...").
	 * @param kind person or organisation
	 * @param name the name as mentioned
	 */
	public record Mention(Kind kind, String name) {

		public Mention {
			require(kind != null, "a mention needs its kind");
			name = requiredName(name, "mentioned name");
		}

		/** @return the slug of the name */
		public String key() {
			return Slugs.slug(name);
		}

		/** What a mention names. */
		public enum Kind {

			/** A person, written as a {@code Person} node. */
			PERSON,

			/** An organisation, written as an {@code Organisation} node. */
			ORGANISATION

		}

	}

	/**
	 * @param name an organisation's name
	 * @return its key: the slug of the name without a leading "The"
	 */
	public static String organisationKey(String name) {
		String slug = Slugs.slug(name);
		return slug.startsWith("the-") ? slug.substring(4) : slug;
	}

	private static String requiredName(String value, String what) {
		String v = optional(value, what, MAX_NAME);
		require(v != null, what + " must not be blank");
		require(v.codePoints().anyMatch(Character::isLetterOrDigit), what + " has no letter or digit: " + v);
		return v;
	}

	private static String optional(String value, String what, int maxLength) {
		if (value == null) {
			return null;
		}
		String v = collapseWhitespace(value);
		if (v.isEmpty()) {
			return null;
		}
		require(v.length() <= maxLength, what + " is longer than " + maxLength + " characters");
		return v;
	}

	/** Trims and turns each run of whitespace into one space; most values have none to turn, and are kept as they are. */
	private static String collapseWhitespace(String value) {
		String v = value.strip();
		boolean clean = true;
		for (int i = 0; i < v.length() && clean; i++) {
			char c = v.charAt(i);
			clean = c == ' ' ? i + 1 < v.length() && v.charAt(i + 1) != ' ' : !Character.isWhitespace(c);
		}
		return clean ? v : WHITESPACE.matcher(v).replaceAll(" ");
	}

	/** Like {@link #optional} but keeps line breaks: for summaries and descriptions. */
	private static String text(String value, String what, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		require(v.length() <= maxLength, what + " is longer than " + maxLength + " characters");
		return v;
	}

	private static <T> List<T> copy(List<T> list, String what) {
		if (list == null) {
			return List.of();
		}
		require(list.stream().allMatch(Objects::nonNull), what + " must not contain null");
		return List.copyOf(list);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new InvalidEpisode(message);
		}
	}

}
