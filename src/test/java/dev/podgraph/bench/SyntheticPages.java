package dev.podgraph.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import dev.podgraph.ingest.PageSource;

/**
 * Show-notes pages in the seed page's layout, made up from word lists: for benchmarks only, never as test answers.
 * The same seed gives the same pages, so runs are comparable. Names, organisations, roles and 10-30 bullets vary per
 * episode; a few podcasts share hosts, producers and sponsors, as real catalogues do.
 */
public final class SyntheticPages {

	private static final String[] FIRST = { "Aisha", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines",
			"Jonas", "Kemi", "Liam", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sanjay", "Tara", "Umar", "Vera",
			"Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Chloe", "Dmitri", "Esme", "Felix", "Gita", "Hugo",
			"Ivy", "Jamal", "Kai", "Lena", "Marco", "Nora" };

	private static final String[] LAST = { "Adeyemi", "Brooks", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia",
			"Hughes", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quiroga",
			"Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Walsh", "Xu", "Yilmaz", "Zimmermann", "Abbott", "Bianchi",
			"Chen", "Dalton", "Evans", "Ferreira", "Gupta", "Haddad", "Iqbal", "Jung", "Kaur", "Lopez", "Mensah",
			"Novak" };

	private static final String[] ORG_STEM = { "Northwind", "Bluefin", "Kestrel", "Harbour", "Meridian", "Quartz",
			"Lumen", "Cobalt", "Sable", "Orchard", "Vantage", "Beacon", "Granite", "Helix", "Juniper", "Atlas",
			"Riverstone", "Summit", "Tidal", "Zenith", "Aurora", "Cascade", "Falcon", "Ironbridge", "Larch" };

	private static final String[] ORG_KIND = { "Bank", "Health Trust", "Insurance", "Retail Group", "Energy", "Labs",
			"Analytics", "University", "City Council", "Logistics", "Media", "Telecom", "Police", "Pharma", "Airlines" };

	private static final String[] ROLE = { "Director of Data", "Chief Data Officer", "Head of Analytics",
			"VP of Data Science", "Head of Data Engineering", "Principal Data Scientist", "Chief Analytics Officer",
			"Head of Data Governance", "Director of AI", "Data Product Lead" };

	private static final String[] TOPIC = { "data governance", "data quality", "machine learning", "predictive analytics",
			"data literacy", "data culture", "executive sponsorship", "data strategy", "public trust", "bias",
			"ethical AI", "generative AI", "data engineering", "cloud migration", "data mesh", "stakeholders",
			"hiring data engineers", "data storytelling", "ROI", "privacy", "regulation", "experimentation",
			"customer analytics", "fraud detection", "supply chain forecasting", "clinical data", "data products",
			"career journeys", "diversity in data teams", "change management" };

	private static final String[] FRAME = { "Why %s matters more than ever", "How they approach %s",
			"The importance of %s", "Tackling %s at scale", "Lessons learnt from %s", "Getting started with %s",
			"The biggest challenges with %s", "Building a team around %s", "Measuring the value of %s",
			"What good %s looks like", "Balancing %s and %s", "Moving from %s to %s" };

	private static final String[] NOUN = { "platform", "roadmap", "pilot", "budget", "mindset", "backlog", "partnership",
			"dashboard", "pipeline", "operating model", "centre of excellence", "playbook" };

	private final long seed;

	private final int podcasts;

	/**
	 * @param seed the seed of the pseudo-random choices
	 * @param podcasts how many podcasts the pages spread over
	 */
	public SyntheticPages(long seed, int podcasts) {
		this.seed = seed;
		this.podcasts = podcasts;
	}

	/**
	 * @param size how many pages
	 * @return pages 0 to {@code size - 1}, made as they are read, as the ingest reads files
	 */
	public Iterator<PageSource> sources(int size) {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return next < size;
			}

			@Override
			public PageSource next() {
				int i = next++;
				return new PageSource("page-" + i, page(i).getBytes(StandardCharsets.UTF_8), "text/plain");
			}

		};
	}

	/**
	 * @param index which page, from 0
	 * @return that page's text; the same index always gives the same page
	 */
	public String page(int index) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		int podcast = index % podcasts;
		String podcastTitle = ORG_STEM[podcast % ORG_STEM.length] + " Data Talks " + (podcast / ORG_STEM.length + 1);
		String host = person(new SplittableRandom(seed + podcast * 31L));
		String producer = ORG_STEM[(podcast * 7) % ORG_STEM.length] + " Media " + (podcast / ORG_STEM.length + 1);
		int episodeOfPodcast = index / podcasts + 1;
		int season = (episodeOfPodcast - 1) / 20 + 1;
		int number = (episodeOfPodcast - 1) % 20 + 1;
		LocalDate published = LocalDate.of(2019, 1, 7).plusDays(index % 2500);
		List<String[]> guests = new ArrayList<>();
		int guestCount = random.nextInt(10) == 0 ? 2 : 1;
		for (int g = 0; g < guestCount; g++) {
			guests.add(new String[] { person(random), pick(random, ROLE), organisation(random) });
		}
		String title = capitalise(String.format(pick(random, FRAME), pick(random, TOPIC), pick(random, TOPIC)));

		StringBuilder page = new StringBuilder();
		page.append("Episode ").append(number).append("\n\nPublished on:\n\n").append(ordinal(published)).append("\n\n");
		page.append("S").append(season).append(" | Ep ").append(number).append(" | ").append(title).append(" with ")
			.append(guests.get(0)[0]).append(", ").append(guests.get(0)[1]).append(" at ").append(guests.get(0)[2])
			.append("\n\n");
		page.append("In Episode ").append(number).append(", of Season ").append(season).append(", of ")
			.append(podcastTitle).append(", ").append(host).append(" is joined by ").append(guests.get(0)[0]).append(", ")
			.append(guests.get(0)[1]).append(" at ").append(guests.get(0)[2]);
		if (guests.size() > 1) {
			page.append(", and ").append(guests.get(1)[0]).append(", ").append(guests.get(1)[1]).append(" at ")
				.append(guests.get(1)[2]);
		}
		page.append(", where they discuss ").append(pick(random, TOPIC)).append(", which includes;\n\n");
		int bullets = 10 + random.nextInt(21);
		for (int b = 0; b < bullets; b++) {
			page.append("  • ").append(bullet(random)).append("\n");
		}
		if (random.nextInt(4) == 0) {
			page.append("  • A shout-out to ").append(person(random)).append("\n");
		}
		String sponsor = ORG_STEM[random.nextInt(ORG_STEM.length)] + " Academy";
		page.append("\nThanks to our sponsor, ").append(sponsor).append(";\n\n").append(sponsor)
			.append(" is an education company that teaches data skills.\n\n");
		page.append("Show artwork for ").append(podcastTitle).append("\n\nAbout the Podcast\n\n").append(podcastTitle)
			.append("\nConversations with data leaders\n").append(producer)
			.append(" is delighted to bring you this podcast series.\n\n");
		page.append("About your host\n\nProfile picture for ").append(host).append("\n\n").append(host).append("\n\n")
			.append("Founder of ").append(producer).append(", a media company for the data community.\n");
		return page.toString();
	}

	private static String bullet(SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> capitalise(String.format(pick(random, FRAME), pick(random, TOPIC), pick(random, TOPIC)));
			case 1 -> capitalise(pick(random, TOPIC)) + " and the " + pick(random, NOUN) + " behind it";
			default -> "Why the " + pick(random, NOUN) + " needed " + pick(random, TOPIC);
		};
	}

	private static String person(SplittableRandom random) {
		return pick(random, FIRST) + " " + pick(random, LAST);
	}

	private static String organisation(SplittableRandom random) {
		return pick(random, ORG_STEM) + " " + pick(random, ORG_KIND);
	}

	private static String ordinal(LocalDate date) {
		int day = date.getDayOfMonth();
		String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th"
				: switch (day % 10) {
					case 1 -> "st";
					case 2 -> "nd";
					case 3 -> "rd";
					default -> "th";
				};
		return day + suffix + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
				+ " " + date.getYear();
	}

	private static String pick(SplittableRandom random, String[] options) {
		return options[random.nextInt(options.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
