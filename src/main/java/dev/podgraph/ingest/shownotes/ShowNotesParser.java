package dev.podgraph.ingest.shownotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;
import dev.podgraph.ingest.shownotes.ShowNotes.Mention;

/**
 * Reads an episode's show-notes page: the header (episode number, "Published on:", the "S4 | Ep 9 | title with
 * guest" line), the introduction ("In Episode 9, of Season 4, of the podcast, the host is joined by ..."), the
 * bulleted topics, the sponsor, the "About the Podcast" and "About your host" blocks and the shout-outs. Sponsor copy
 * and boilerplate blocks never count as show notes.
 */
public final class ShowNotesParser {

	private static final Pattern EPISODE_LINE = Pattern.compile("^Episode\\s*(?<digits>\\d+)(?<rest>.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED = Pattern.compile("^(?:Published|Released|Posted)(?:\\s+on)?\\s*:?\\s*(?<rest>.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern[] TITLE_LINES = {
			Pattern.compile("^S(?:eason)?\\s*(?<season>\\d+)\\s*[|:,]?\\s*E(?:p(?:isode)?)?\\.?\\s*(?<number>\\d+)\\s*[|:–—-]\\s*(?<title>.+)$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:Ep(?:isode)?\\.?|#)\\s*(?<number>\\d+)\\s*[|:–—-]\\s*(?<title>.+)$", Pattern.CASE_INSENSITIVE) };

	private static final Pattern WITH = Pattern.compile("\\s+(?:with|featuring|feat\\.?|ft\\.?)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern JOINED = Pattern.compile("(?:(?<host>" + Names.NAME + ")\\s+(?:is|was)\\s+)?joined\\s+by\\s+(?<rest>.+)$");

	private static final Pattern TALKS = Pattern.compile("(?<host>" + Names.NAME
			+ ")\\s+(?:talks|speaks|chats|sits down|catches up)\\s+(?:to|with)\\s+(?<rest>.+)$");

	private static final Pattern INTRO_START = Pattern.compile("^(?:In|On)\\s+(?:this\\s+|today's\\s+)?(?:week's\\s+)?episode\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PODCAST_CLAUSE = Pattern.compile(
			"^(?<lead>.*\\b(?:episode|season|edition|instalment)(?:\\s+\\d+)?\\s+)?of\\s+(?<podcast>.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SEASON = Pattern.compile("\\bSeason\\s+(\\d+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern EPISODE = Pattern.compile("\\bEpisode\\s+(\\d+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern MENTION = Pattern.compile(
			"\\b(?:shout[- ]?outs?|thanks|thank you)\\s+(?:goes\\s+)?(?:to|for)\\s+(?<names>.+?)[.!]?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SHOUT_OUT = Pattern.compile("\\bshout[- ]?outs?\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SHOW_ARTWORK = Pattern.compile("^Show artwork for\\s+(?<title>.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PROFILE_PICTURE = Pattern.compile("^Profile picture for\\s+(?<name>.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST_ROLE = Pattern
		.compile("^(?<title>\\p{Lu}[\\p{L}&/ -]{1,60}?)\\s+(?:of|at)\\s+(?<organisation>\\p{Lu}.+)$");

	private static final Pattern SLASH_PAIR = Pattern.compile(
			"(?<a>(?:\\p{Lu}[\\p{L}&'.-]*\\s)*\\p{Lu}[\\p{L}&'.-]*)\\s*/\\s*(?<b>\\p{Lu}[\\p{L}&'.-]*(?:\\s\\p{Lu}[\\p{L}&'.-]*)*)");

	private final Sections sections = new Sections();

	/**
	 * @param page the page's lines
	 * @return what the page says about its episode; fields the page does not give are {@code null} or empty
	 */
	public ShowNotes parse(PageText page) {
		List<String> lines = page.lines();
		Sections.Layout layout = sections.layout(lines);

		Header header = header(lines, layout.introIndex() < 0 ? Math.min(lines.size(), 12) : layout.introIndex());
		Intro intro = layout.introIndex() < 0 ? Intro.NONE : intro(lines.get(layout.introIndex()));
		PodcastBlock podcast = podcastBlock(lines, layout);
		List<Credit> hosts = hosts(lines, layout, intro);

		List<Credit> guests = new ArrayList<>(intro.guests());
		for (Credit guest : header.titleGuests()) {
			if (guests.stream().noneMatch(g -> sameName(g.name(), guest.name()))) {
				guests.add(guest);
			}
		}
		guests.removeIf(g -> hosts.stream().anyMatch(h -> sameName(h.name(), g.name())));

		List<String> bullets = new ArrayList<>();
		List<Mention> mentions = new ArrayList<>();
		for (String line : layout.body(lines)) {
			List<Mention> mentioned = mentions(line);
			if (!mentioned.isEmpty()) {
				mentions.addAll(mentioned);
			}
			else if (PageText.isBullet(line)) {
				bullets.add(PageText.bulletText(line));
			}
		}
		guests.removeIf(g -> mentions.stream().anyMatch(m -> sameName(m.name(), g.name())));

		String podcastTitle = firstNonNull(podcast.title(), intro.podcast());
		return new ShowNotes(podcastTitle, podcast.description(), podcast.producers(),
				firstNonNull(header.season(), intro.season()), firstNonNull(header.number(), intro.number()),
				header.title(), header.published(), intro.text(), hosts,
				withSlashAliases(guests, lines), Sponsors.in(lines, layout), bullets, mentions);
	}

	private record Header(Integer season, Integer number, String title, LocalDate published, List<Credit> titleGuests) {
	}

	private Header header(List<String> lines, int end) {
		Integer season = null;
		Integer number = null;
		String title = null;
		LocalDate published = null;
		List<Credit> titleGuests = List.of();
		for (int i = 0; i < end; i++) {
			String line = lines.get(i);
			Matcher episode = EPISODE_LINE.matcher(line);
			Object[] numberAndDate = episode.matches() ? gluedEpisodeLine(episode) : null;
			if (numberAndDate != null) {
				number = number != null ? number : (Integer) numberAndDate[0];
				published = published != null ? published : (LocalDate) numberAndDate[1];
				continue;
			}
			Matcher publishedLine = PUBLISHED.matcher(line);
			if (published == null && publishedLine.matches()) {
				String rest = publishedLine.group("rest");
				published = PageDates.find(rest.isBlank() && i + 1 < end ? lines.get(i + 1) : rest).orElse(null);
				continue;
			}
			for (Pattern pattern : TITLE_LINES) {
				Matcher t = pattern.matcher(line);
				if (title == null && t.matches()) {
					if (pattern.pattern().contains("?<season>")) {
						season = Integer.valueOf(t.group("season"));
					}
					number = Integer.valueOf(t.group("number"));
					String[] titleAndGuests = splitTitle(t.group("title"));
					title = titleAndGuests[0];
					titleGuests = titleAndGuests[1] == null ? List.of() : GuestPhrases.parse(titleAndGuests[1]);
				}
			}
			if (published == null && line.length() < 40 && !PageText.isBullet(line) && hasDigit(line)) {
				published = PageDates.find(line).orElse(null);
			}
		}
		return new Header(season, number, title, published, titleGuests);
	}

	/**
	 * "Episode 9" is episode 9; Captivate's player glues the date on: "Episode 223rd August 2021" is episode 2 of the
	 * 23rd of August 2021. A two-digit day is preferred when both readings are dates.
	 * @return the number and the date (or null), or null when the line is neither form
	 */
	private static Object[] gluedEpisodeLine(Matcher episode) {
		String digits = episode.group("digits");
		String rest = episode.group("rest").strip();
		if (rest.isEmpty()) {
			return new Object[] { Integer.valueOf(digits), null };
		}
		if (!rest.matches("(?i)^(?:st|nd|rd|th)\\b.*")) {
			return null;
		}
		for (int dayLength = 2; dayLength >= 1; dayLength--) {
			if (digits.length() > dayLength) {
				int day = Integer.parseInt(digits.substring(digits.length() - dayLength));
				String suffix = rest.substring(0, 2).toLowerCase(Locale.ROOT);
				Optional<LocalDate> date = PageDates.find(day + rest);
				if (day >= 1 && PageDates.ordinalSuffix(day).equals(suffix) && date.isPresent()) {
					return new Object[] { Integer.valueOf(digits.substring(0, digits.length() - dayLength)), date.get() };
				}
			}
		}
		return null;
	}

	/** Splits "Building Trust with Aimee Smith, Director of Data at Metropolitan Police" at the last "with" before a name. */
	private static String[] splitTitle(String line) {
		List<Integer> starts = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		Matcher with = WITH.matcher(line);
		while (with.find()) {
			starts.add(with.start());
			ends.add(with.end());
		}
		for (int i = starts.size() - 1; i >= 0; i--) {
			String people = line.substring(ends.get(i));
			if (!GuestPhrases.parse(GuestPhrases.untilEndOfPeople(people)).isEmpty()) {
				return new String[] { Names.clean(line.substring(0, starts.get(i))), people };
			}
		}
		return new String[] { Names.clean(line), null };
	}

	private record Intro(String text, String podcast, Integer season, Integer number, String host, List<Credit> guests) {

		static final Intro NONE = new Intro(null, null, null, null, null, List.of());

	}

	private Intro intro(String line) {
		Matcher m = JOINED.matcher(line);
		if (!line.contains("joined by") || !m.find()) {
			m = TALKS.matcher(line);
			if (!mayTalk(line) || !m.find()) {
				return new Intro(line, null, number(SEASON, line), number(EPISODE, line), null, List.of());
			}
		}
		String before = line.substring(0, m.start());
		List<Credit> guests = GuestPhrases.parse(GuestPhrases.untilEndOfPeople(m.group("rest")));
		return new Intro(line, podcastIn(before), number(SEASON, before), number(EPISODE, before), m.group("host"),
				guests);
	}

	/**
	 * "In Episode 9, of Season 4, of Driven by Data: The Podcast, " and "On this episode of Data Chats, " name the
	 * podcast in their last "of" clause.
	 */
	private static String podcastIn(String before) {
		String[] clauses = before.strip().replaceAll(",$", "").split(",\\s+");
		String last = clauses[clauses.length - 1].strip();
		Matcher of = PODCAST_CLAUSE.matcher(last);
		if (!of.matches() || (of.group("lead") == null && clauses.length == 1)) {
			return null;
		}
		String podcast = Names.clean(of.group("podcast"));
		return podcast.isEmpty() || EPISODE.matcher(podcast).find() || SEASON.matcher(podcast).find() ? null : podcast;
	}

	private static Integer number(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	private record PodcastBlock(String title, String description, List<String> producers) {
	}

	private PodcastBlock podcastBlock(List<String> lines, Sections.Layout layout) {
		String title = null;
		for (String line : lines) {
			Matcher artwork = SHOW_ARTWORK.matcher(line);
			if (artwork.matches()) {
				title = Names.clean(artwork.group("title"));
				break;
			}
		}
		List<String> block = layout.podcastBlock(lines);
		List<String> description = new ArrayList<>();
		for (String line : block) {
			if (title == null || !line.equalsIgnoreCase(title)) {
				description.add(line);
			}
		}
		if (title == null && !block.isEmpty() && block.getFirst().length() <= 120) {
			title = block.getFirst();
			description.removeFirst();
		}
		return new PodcastBlock(title, description.isEmpty() ? null : String.join("\n", description),
				Producers.in(block));
	}

	private List<Credit> hosts(List<String> lines, Sections.Layout layout, Intro intro) {
		Map<String, Credit> hosts = new LinkedHashMap<>();
		if (intro.host() != null) {
			hosts.put(key(intro.host()), new Credit(intro.host(), null, null, List.of()));
		}
		List<String> block = layout.hostBlock(lines);
		for (int i = 0; i < block.size(); i++) {
			Matcher picture = PROFILE_PICTURE.matcher(block.get(i));
			String name = picture.matches() ? Names.clean(picture.group("name"))
					: i == 0 && Names.isPersonName(block.get(i)) ? block.get(i) : null;
			if (name == null) {
				continue;
			}
			int next = i + 1;
			if (next < block.size() && block.get(next).equalsIgnoreCase(name)) {
				next++;
			}
			Credit host = hosts.getOrDefault(key(name), new Credit(name, null, null, List.of()));
			if (next < block.size()) {
				Matcher role = HOST_ROLE.matcher(firstClause(block.get(next)));
				if (role.matches()) {
					host = host.withRole(Names.clean(role.group("title")),
							RoleAndOrganisation.organisation(role.group("organisation")));
				}
			}
			hosts.put(key(name), host);
		}
		return new ArrayList<>(hosts.values());
	}

	private static String firstClause(String line) {
		int end = line.indexOf(". ");
		return end > 0 ? line.substring(0, end) : line;
	}

	static List<Mention> mentions(String line) {
		String text = PageText.bulletText(line);
		if (!SHOUT_OUT.matcher(text).find()) {
			return List.of();
		}
		Matcher m = MENTION.matcher(text);
		if (!m.find()) {
			return List.of();
		}
		List<Mention> mentions = new ArrayList<>();
		for (String name : m.group("names").split(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+")) {
			String n = Names.clean(name);
			if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0))) {
				mentions.add(new Mention(Names.isPersonName(n) ? Names.withoutHonorific(n) : n, Names.isPersonName(n)));
			}
		}
		return mentions;
	}

	/**
	 * "Met Police/Scotland Yard": when one side of a slash is a name the page already gave an organisation, the other
	 * side is another name of it.
	 */
	private static List<Credit> withSlashAliases(List<Credit> credits, List<String> lines) {
		List<String[]> pairs = new ArrayList<>();
		for (String line : lines) {
			if (line.indexOf('/') >= 0) {
				Matcher pair = SLASH_PAIR.matcher(line);
				while (pair.find()) {
					pairs.add(new String[] { pair.group("a").strip(), pair.group("b").strip() });
				}
			}
		}
		if (pairs.isEmpty()) {
			return credits;
		}
		List<Credit> result = new ArrayList<>();
		for (Credit credit : credits) {
			if (credit.organisation() == null) {
				result.add(credit);
				continue;
			}
			List<String> names = new ArrayList<>();
			names.add(credit.organisation());
			names.addAll(credit.organisationAliases());
			pairs.forEach(pair -> addOther(names, pair[0], pair[1]));
			result.add(credit.withAliases(names.subList(1, names.size())));
		}
		return result;
	}

	private static void addOther(List<String> names, String a, String b) {
		boolean knowsA = names.stream().anyMatch(n -> n.equalsIgnoreCase(a));
		boolean knowsB = names.stream().anyMatch(n -> n.equalsIgnoreCase(b));
		if (knowsA && !knowsB) {
			names.add(b);
		}
		else if (knowsB && !knowsA) {
			names.add(a);
		}
	}

	private static boolean hasDigit(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Character.isDigit(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean sameName(String a, String b) {
		return key(a).equals(key(b));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
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

	static boolean looksLikeIntro(String line) {
		if (PageText.isBullet(line)) {
			return false;
		}
		return INTRO_START.matcher(line).find() || (line.contains("joined by") && JOINED.matcher(line).find())
				|| (mayTalk(line) && TALKS.matcher(line).find());
	}

	/** A cheap test before the costly one: TALKS needs one of these words. */
	private static boolean mayTalk(String line) {
		return line.contains(" talks ") || line.contains(" speaks ") || line.contains(" chats ")
				|| line.contains(" sits down ") || line.contains(" catches up ");
	}

}
