package dev.podgraph.topics;

import java.util.ArrayList;
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

	// The organisations are read apart, each once: looked up row by row in this query (OPTIONAL MATCH or a pattern
	// comprehension), they took two thirds of its time at 100k episodes (2.9 against 0.9 ms for 50 episodes).
	private static final String GUESTS = """
			UNWIND $episodes AS key
			MATCH (e:Episode {key: key})<-[a:APPEARED_ON {role: 'GUEST'}]-(p:Person)
			RETURN p.key AS person, p.name AS name, a.title AS title, a.organisationKey AS organisation,
			       %s AS episode
			""".formatted(EpisodeRef.projection("e"));

	private static final String ORGANISATIONS = """
			UNWIND $keys AS key
			MATCH (o:Organisation {key: key})
			RETURN o.key AS key, o.name AS name
			""";

	private static final int EVIDENCE_LINES = 5;

	private final GraphReads reads;

	GuestQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * @param scores the episodes that matched, with their scores
	 * @param matches what matched in each
	 * @param limit the most guests
	 * @return the guests of those episodes, best first
	 */
	List<Guest> guests(Map<String, Double> scores, Matches matches, int limit) {
		if (scores.isEmpty()) {
			return List.of();
		}
		return reads.read(tx -> guests(tx, scores, matches, limit));
	}

	private static List<Guest> guests(ReadTransaction tx, Map<String, Double> scores, Matches matches, int limit) {
		Map<String, NodeRef> people = new LinkedHashMap<>();
		Map<String, List<Appearance>> appearances = new LinkedHashMap<>();
		List<Map<String, Object>> rows = tx.rows(GUESTS, Map.of("episodes", List.copyOf(scores.keySet())));
		Map<String, NodeRef> organisations = organisations(tx, rows);
		for (Map<String, Object> row : rows) {
			EpisodeRef episode = EpisodeRef.of(map(row.get("episode")));
			NodeRef person = new NodeRef((String) row.get("person"), (String) row.get("name"));
			people.putIfAbsent(person.key(), person);
			appearances.computeIfAbsent(person.key(), k -> new ArrayList<>())
				.add(new Appearance(episode, (String) row.get("title"), organisations.get(row.get("organisation")),
						matches.topics(episode.key()), matches.evidence(episode.key(), EVIDENCE_LINES),
						round(scores.get(episode.key()))));
		}
		List<Guest> guests = new ArrayList<>();
		appearances.forEach((person, list) -> {
			list.sort((a, b) -> Double.compare(b.score(), a.score()));
			double score = Matches.guest(list.stream().map(Appearance::score).toList());
			guests.add(new Guest(people.get(person), round(score), list));
		});
		guests.sort(GuestFinder.bestFirst());
		return guests.size() > limit ? List.copyOf(guests.subList(0, limit)) : guests;
	}

	/** @return by key, the organisations the guests were introduced with */
	private static Map<String, NodeRef> organisations(ReadTransaction tx, List<Map<String, Object>> rows) {
		List<Object> keys = rows.stream().map(row -> row.get("organisation")).filter(Objects::nonNull).distinct().toList();
		Map<String, NodeRef> organisations = new HashMap<>();
		if (!keys.isEmpty()) {
			for (Map<String, Object> row : tx.rows(ORGANISATIONS, Map.of("keys", keys))) {
				organisations.put((String) row.get("key"), new NodeRef((String) row.get("key"), (String) row.get("name")));
			}
		}
		return organisations;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
