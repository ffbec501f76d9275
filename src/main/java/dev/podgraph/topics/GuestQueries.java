package dev.podgraph.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.GraphReads;
import dev.podgraph.graph.GraphReads.ReadTransaction;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.topics.GuestAnswer.Appearance;
import dev.podgraph.topics.GuestAnswer.Guest;

/**
 * The reads behind "which guests talked about X?": the episodes that discussed given topics, and the guests of given
 * episodes with what they were introduced as.
 */
@Component
class GuestQueries {

	// Two reads: who the guests of the best episodes are (a few properties each), then the episodes and organisations
	// of only the guests answered. At 100k episodes, reading every one of 50 episodes' details (its podcast through
	// PART_OF among them) to answer 10 guests took 1.09 against 0.68 ms at p50 for the same answers. Each episode is
	// found by its key through a hint, not left to the planner: on a catalogue just built, it sometimes started from
	// the other end of the pattern and scanned an index for every episode, every question about 7 ms slower at 1k
	// episodes for as long as the plan stayed cached (seen in a benchmark run at 1k), and far worse on a larger one.
	static final String GUESTS = """
			UNWIND $episodes AS key
			MATCH (e:Episode {key: key})<-[a:APPEARED_ON {role: 'GUEST'}]-(p:Person)
			USING INDEX SEEK e:Episode(key)
			RETURN key AS episode, p.key AS person, p.name AS name, a.title AS title, a.organisationKey AS organisation
			""";

	// The organisations are read apart, each once: looked up row by row (OPTIONAL MATCH or a pattern comprehension),
	// they took two thirds of the guests' read at 100k episodes (2.9 against 0.9 ms for 50 episodes).
	static final String DETAILS = """
			UNWIND $episodes AS key
			MATCH (e:Episode {key: key})
			USING INDEX SEEK e:Episode(key)
			RETURN %s AS episode, null AS organisation
			UNION ALL
			UNWIND $organisations AS key
			MATCH (o:Organisation {key: key})
			USING INDEX SEEK o:Organisation(key)
			RETURN null AS episode, {key: o.key, name: o.name} AS organisation
			""".formatted(EpisodeRef.projection("e"));

	private static final int EVIDENCE_LINES = 5;

	private final GraphReads reads;

	GuestQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The guests of the best episodes, read {@code batch} episodes at a time: the first batch only, unless it has
	 * fewer than {@code limit} guests (many episodes of a feed name none), then the next, until there are enough
	 * guests or no more episodes. A guest's score counts their episodes among those read.
	 * @param scores the episodes that matched, with their scores, best first
	 * @param batch how many episodes to read at a time
	 * @param matches what matched in each
	 * @param limit the most guests
	 * @return the guests of those episodes, best first
	 */
	List<Guest> guests(Map<String, Double> scores, int batch, Matches matches, int limit) {
		if (scores.isEmpty()) {
			return List.of();
		}
		if (batch < 1) {
			throw new IllegalArgumentException("episodes are read at least one at a time, not " + batch);
		}
		return reads.read(tx -> guests(tx, scores, batch, matches, limit));
	}

	/** One guest's appearance in an episode that matched, before the episode's details are read. */
	private record Matched(String episode, String title, String organisation, double score) {
	}

	/** A guest and their appearances that matched, best first, before the episodes' details are read. */
	private record Ranked(NodeRef person, double score, List<Matched> appearances) {
	}

	private static List<Guest> guests(ReadTransaction tx, Map<String, Double> scores, int batch, Matches matches,
			int limit) {
		Map<String, NodeRef> people = new LinkedHashMap<>();
		Map<String, List<Matched>> found = new LinkedHashMap<>();
		List<String> episodes = List.copyOf(scores.keySet());
		for (int read = 0; read < episodes.size() && (read == 0 || people.size() < limit); read += batch) {
			List<String> next = episodes.subList(read, Math.min(episodes.size(), read + batch));
			for (Map<String, Object> row : tx.rows(GUESTS, Map.of("episodes", next))) {
				String episode = (String) row.get("episode");
				NodeRef person = new NodeRef((String) row.get("person"), (String) row.get("name"));
				people.putIfAbsent(person.key(), person);
				found.computeIfAbsent(person.key(), k -> new ArrayList<>())
					.add(new Matched(episode, (String) row.get("title"), (String) row.get("organisation"),
							round(scores.get(episode))));
			}
		}
		List<Ranked> ranked = new ArrayList<>();
		found.forEach((person, list) -> {
			list.sort((a, b) -> Double.compare(b.score(), a.score()));
			double score = Matches.guest(list.stream().map(Matched::score).toList());
			ranked.add(new Ranked(people.get(person), round(score), list));
		});
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.person().name()));
		List<Ranked> answered = ranked.subList(0, Math.min(limit, ranked.size()));
		Details details = details(tx, answered);
		List<Guest> guests = new ArrayList<>();
		for (Ranked guest : answered) {
			List<Appearance> appearances = guest.appearances()
				.stream()
				.map(a -> new Appearance(details.episodes().get(a.episode()), a.title(),
						details.organisations().get(a.organisation()), matches.topics(a.episode()),
						matches.evidence(a.episode(), EVIDENCE_LINES), a.score()))
				.toList();
			guests.add(new Guest(guest.person(), guest.score(), appearances));
		}
		return guests;
	}

	/** The episodes and organisations of the guests answered, by key. */
	private record Details(Map<String, EpisodeRef> episodes, Map<String, NodeRef> organisations) {
	}

	private static Details details(ReadTransaction tx, List<Ranked> answered) {
		List<String> episodes = answered.stream()
			.flatMap(guest -> guest.appearances().stream())
			.map(Matched::episode)
			.distinct()
			.toList();
		List<String> organisations = answered.stream()
			.flatMap(guest -> guest.appearances().stream())
			.map(Matched::organisation)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, EpisodeRef> episodeRefs = new HashMap<>();
		Map<String, NodeRef> organisationRefs = new HashMap<>();
		if (!episodes.isEmpty()) {
			for (Map<String, Object> row : tx.rows(DETAILS, Map.of("episodes", episodes, "organisations", organisations))) {
				if (row.get("episode") != null) {
					EpisodeRef episode = EpisodeRef.of(map(row.get("episode")));
					episodeRefs.put(episode.key(), episode);
				}
				else {
					Map<String, Object> organisation = map(row.get("organisation"));
					organisationRefs.put((String) organisation.get("key"),
							new NodeRef((String) organisation.get("key"), (String) organisation.get("name")));
				}
			}
		}
		return new Details(episodeRefs, organisationRefs);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
