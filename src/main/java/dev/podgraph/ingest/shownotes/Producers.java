package dev.podgraph.ingest.shownotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who produces the podcast, from its "About the Podcast" block: "Orbition Group is delighted to bring you this
 * podcast series", "Produced by Acme", "An Acme production".
 */
final class Producers {

	private static final Pattern[] PRODUCER_LINES = {
			Pattern.compile("^(?<organisation>\\p{Lu}[^,.;]{1,80}?)\\s+(?:is|are)\\s+(?:delighted|proud|pleased|happy|excited|thrilled)"
					+ "\\s+to\\s+(?:bring|present|share)"),
			Pattern.compile("\\b(?:produced|brought to you|presented|created|made)\\s+by\\s+(?<organisation>\\p{Lu}[^,.;]{1,80})"),
			Pattern.compile("^An?\\s+(?<organisation>\\p{Lu}[^,.;]{1,80}?)\\s+(?:production|original)\\b") };

	private Producers() {
	}

	static List<String> in(List<String> podcastBlock) {
		List<String> producers = new ArrayList<>();
		for (String line : podcastBlock) {
			for (Pattern pattern : PRODUCER_LINES) {
				Matcher m = pattern.matcher(line);
				if (m.find()) {
					String organisation = RoleAndOrganisation.organisation(m.group("organisation"));
					if (organisation != null && !producers.contains(organisation) && organisation.split("\\s+").length <= 8) {
						producers.add(organisation);
					}
				}
			}
		}
		return producers;
	}

}
