package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.podgraph.ingest.shownotes.ShowNotes.Credit;

/**
 * The blocks around the show notes: "About the Podcast" (its title, description and producer, and the "Show artwork
 * for" image description) and "About your host" ("Profile picture for", the host's name, "Founder of ...").
 */
final class AboutBlocks {

	private static final Pattern SHOW_ARTWORK = Pattern.compile("^Show artwork for\\s+(?<title>.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PROFILE_PICTURE = Pattern.compile("^Profile picture for\\s+(?<name>.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST_ROLE = Pattern
		.compile("^(?<title>\\p{Lu}[\\p{L}&/ -]{1,60}?)\\s+(?:of|at)\\s+(?<organisation>\\p{Lu}.+)$");

	private AboutBlocks() {
	}

	/**
	 * The "About the Podcast" block.
	 * @param title the podcast's title, or {@code null}
	 * @param description its description, or {@code null}
	 * @param producers who produces it
	 */
	record PodcastBlock(String title, String description, List<String> producers) {
	}

	static PodcastBlock podcast(List<String> lines, Sections.Layout layout) {
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

	/** The hosts the introduction and the "About your host" block name, with their titles and organisations. */
	static List<Credit> hosts(List<String> lines, Sections.Layout layout, Intro intro) {
		Map<String, Credit> hosts = new LinkedHashMap<>();
		if (intro.host() != null) {
			hosts.put(ShowNotesParser.key(intro.host()), new Credit(intro.host(), null, null, List.of()));
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
			Credit host = hosts.getOrDefault(ShowNotesParser.key(name), new Credit(name, null, null, List.of()));
			if (next < block.size()) {
				Matcher role = HOST_ROLE.matcher(firstClause(block.get(next)));
				if (role.matches()) {
					host = host.withRole(Names.clean(role.group("title")),
							RoleAndOrganisation.organisation(role.group("organisation")));
				}
			}
			hosts.put(ShowNotesParser.key(name), host);
		}
		return new ArrayList<>(hosts.values());
	}

	private static String firstClause(String line) {
		int end = line.indexOf(". ");
		return end > 0 ? line.substring(0, end) : line;
	}

}
