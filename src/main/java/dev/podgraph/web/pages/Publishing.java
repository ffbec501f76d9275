package dev.podgraph.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import dev.podgraph.graph.EpisodeDetail;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.OrganisationDetail;
import dev.podgraph.graph.PersonDetail;
import dev.podgraph.graph.Role;

/**
 * What a publisher can take from the pages: schema.org JSON-LD for search engines ({@code PodcastEpisode},
 * {@code Person}, {@code Organization}), and the {@code podcast:person} tags that would describe an episode's people in
 * a Podcasting 2.0 feed.
 */
final class Publishing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Publishing() {
	}

	/**
	 * @param episode an episode
	 * @param base the site's address, for links
	 * @return its JSON-LD, safe inside a {@code script} element
	 */
	static String episode(EpisodeDetail episode, String base) {
		Map<String, Object> ld = context("PodcastEpisode");
		ld.put("name", episode.title());
		ld.put("url", base + "/episodes/" + episode.key());
		putIf(ld, "datePublished", episode.published() == null ? null : episode.published().toString());
		putIf(ld, "episodeNumber", episode.number());
		if (episode.season() != null) {
			ld.put("partOfSeason", Map.of("@type", "PodcastSeason", "seasonNumber", episode.season()));
		}
		ld.put("partOfSeries", Map.of("@type", "PodcastSeries", "name", episode.podcast().name(), "url",
				base + "/podcasts/" + episode.podcast().key()));
		putIf(ld, "description", episode.summary());
		List<Map<String, Object>> people = new ArrayList<>();
		for (EpisodeDetail.Credit credit : episode.people()) {
			Map<String, Object> person = person(credit.person(), base);
			putIf(person, "jobTitle", credit.title());
			if (credit.organisation() != null) {
				person.put("worksFor", organisation(credit.organisation(), base));
			}
			people.add(person);
		}
		if (!people.isEmpty()) {
			ld.put("actor", people);
		}
		if (!episode.sponsors().isEmpty()) {
			ld.put("sponsor", episode.sponsors().stream().map(s -> organisation(s, base)).toList());
		}
		if (!episode.topics().isEmpty()) {
			ld.put("keywords", episode.topics().stream().map(t -> t.topic().name()).toList());
		}
		return dataBlock(ld);
	}

	/** @return a person's JSON-LD, safe inside a {@code script} element */
	static String person(PersonDetail detail, String base) {
		Map<String, Object> ld = context("Person");
		ld.putAll(person(new NodeRef(detail.key(), detail.name()), base));
		ld.remove("@type");
		ld.put("@type", "Person");
		if (!detail.worksAt().isEmpty()) {
			PersonDetail.Employment job = detail.worksAt().getFirst();
			putIf(ld, "jobTitle", job.title());
			ld.put("worksFor", organisation(job.organisation(), base));
		}
		putIf(ld, "sameAs", detail.link());
		return dataBlock(ld);
	}

	/** @return an organisation's JSON-LD, safe inside a {@code script} element */
	static String organisation(OrganisationDetail detail, String base) {
		Map<String, Object> ld = context("Organization");
		ld.put("name", detail.name());
		ld.put("url", base + "/organisations/" + detail.key());
		if (!detail.aliases().isEmpty()) {
			ld.put("alternateName", detail.aliases());
		}
		return dataBlock(ld);
	}

	/** @return a topic's episodes per year, as JSON for the page's chart */
	static String years(dev.podgraph.graph.TopicDetail topic) {
		return dataBlock(topic.episodesPerYear()
			.stream()
			.map(y -> Map.of("year", y.year(), "episodes", y.episodes()))
			.toList());
	}

	/**
	 * @param episode an episode
	 * @param base the site's address, for links
	 * @return the {@code podcast:person} tag of each of its guests and hosts, one per line
	 */
	static String podcastPersonTags(EpisodeDetail episode, String base) {
		StringBuilder tags = new StringBuilder();
		for (EpisodeDetail.Credit credit : episode.people()) {
			String role = credit.role() == Role.HOST ? "host" : "guest";
			tags.append("<podcast:person role=\"").append(role).append("\" href=\"")
				.append(HtmlUtils.htmlEscape(base + "/people/" + credit.person().key()))
				.append("\">")
				.append(HtmlUtils.htmlEscape(credit.person().name()))
				.append("</podcast:person>\n");
		}
		return tags.toString();
	}

	private static Map<String, Object> context(String type) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", type);
		return ld;
	}

	private static Map<String, Object> person(NodeRef person, String base) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "Person");
		ld.put("name", person.name());
		ld.put("url", base + "/people/" + person.key());
		return ld;
	}

	private static Map<String, Object> organisation(NodeRef organisation, String base) {
		return Map.of("@type", "Organization", "name", organisation.name(), "url",
				base + "/organisations/" + organisation.key());
	}

	private static void putIf(Map<String, Object> ld, String name, Object value) {
		if (value != null) {
			ld.put(name, value);
		}
	}

	/**
	 * @param value what a page's script reads
	 * @return it as JSON with every {@code <}, {@code >} and {@code &} escaped, so that no text can close the
	 * {@code script} element that holds it
	 */
	static String dataBlock(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
