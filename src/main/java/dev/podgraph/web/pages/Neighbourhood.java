package dev.podgraph.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podgraph.graph.EpisodeDetail;
import dev.podgraph.graph.PersonDetail;

/**
 * The graph around an episode or a person, as nodes and links for the page's picture ({@code /js/graph.js}): JSON
 * in a data block, escaped so that no text can close it. The page lists the same neighbours as text for readers
 * without JavaScript.
 */
final class Neighbourhood {

	private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();

	private final List<Map<String, Object>> links = new ArrayList<>();

	private Neighbourhood() {
	}

	static String of(EpisodeDetail episode) {
		Neighbourhood graph = new Neighbourhood();
		String centre = graph.node("episode", episode.key(), episode.title(), true);
		graph.link(centre, graph.node("podcast", episode.podcast().key(), episode.podcast().name(), false), "part of");
		for (EpisodeDetail.Credit credit : episode.people()) {
			String person = graph.node("person", credit.person().key(), credit.person().name(), false);
			graph.link(person, centre, credit.role().name().toLowerCase(java.util.Locale.ROOT));
			if (credit.organisation() != null) {
				graph.link(person, graph.node("organisation", credit.organisation().key(), credit.organisation().name(),
						false), "works at");
			}
		}
		episode.sponsors().forEach(s -> graph.link(graph.node("organisation", s.key(), s.name(), false), centre, "sponsored"));
		episode.topics().forEach(t -> graph.link(centre, graph.node("topic", t.topic().key(), t.topic().name(), false),
				"discussed"));
		return graph.json();
	}

	static String of(PersonDetail person) {
		Neighbourhood graph = new Neighbourhood();
		String centre = graph.node("person", person.key(), person.name(), true);
		person.worksAt().forEach(w -> graph.link(centre,
				graph.node("organisation", w.organisation().key(), w.organisation().name(), false), "works at"));
		for (PersonDetail.Appearance appearance : person.appearances()) {
			String episode = graph.node("episode", appearance.episode().key(), appearance.episode().title(), false);
			graph.link(centre, episode, appearance.role().name().toLowerCase(java.util.Locale.ROOT));
			if (appearance.episode().podcast() != null) {
				graph.link(episode, graph.node("podcast", appearance.episode().podcast().key(),
						appearance.episode().podcast().name(), false), "part of");
			}
		}
		return graph.json();
	}

	private String node(String kind, String key, String name, boolean centre) {
		String id = kind + ":" + key;
		nodes.computeIfAbsent(id, k -> {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", id);
			node.put("name", name);
			node.put("kind", kind);
			node.put("href", "/" + path(kind) + "/" + key);
			node.put("centre", centre);
			return node;
		});
		return id;
	}

	private void link(String source, String target, String label) {
		links.add(Map.of("source", source, "target", target, "label", label));
	}

	private String json() {
		return Publishing.dataBlock(Map.of("nodes", List.copyOf(nodes.values()), "links", links));
	}

	private static String path(String kind) {
		return switch (kind) {
			case "person" -> "people";
			case "organisation" -> "organisations";
			case "topic" -> "topics";
			case "podcast" -> "podcasts";
			default -> "episodes";
		};
	}

}
