package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private static final Pattern MENTION = Pattern.compile(
			"\\b(?:shout[- ]?outs?|thanks|thank you)\\s+(?:goes\\s+)?(?:to|for)\\s+(?<names>.+?)[.!]?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SHOUT_OUT = Pattern.compile("\\bshout[- ]?outs?\\b", Pattern.CASE_INSENSITIVE);

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

		Header header = Header.read(lines, layout.introIndex() < 0 ? Math.min(lines.size(), 12) : layout.introIndex());
		Intro intro = layout.introIndex() < 0 ? Intro.NONE : Intro.read(lines.get(layout.introIndex()));
		AboutBlocks.PodcastBlock podcast = AboutBlocks.podcast(lines, layout);
		List<Credit> hosts = AboutBlocks.hosts(lines, layout, intro);

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
		// The names end with the sentence: "A shout-out to AngryZoot! We haven't mentioned her" mentions AngryZoot.
		String names = m.group("names").split("[!?]|\\.\\s")[0];
		for (String name : names.split(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+")) {
			String n = Names.clean(name);
			if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0)) && n.split("\\s+").length <= 6) {
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

	static boolean sameName(String a, String b) {
		return key(a).equals(key(b));
	}

	static String key(String name) {
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

}
