package dev.podgraph.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.topics.GuestAnswer.Appearance;
import dev.podgraph.topics.GuestAnswer.Guest;

/**
 * The reads behind "which guests talked about X?": the episodes that discussed given topics, and the guests of given
 * episodes with what they were introduced as.
 */
@Component
class GuestQueries {

	private static final String GUESTS = """
			UNWIND $episodes AS row
			MATCH (e:Episode {key: row.key})<-[a:APPEARED_ON {role: 'GUEST'}]-(p:Person)
			OPTIONAL MATCH (o:Organisation {key: a.organisationKey})
			RETURN p.key AS person, p.name AS name, a.title AS title,
			       CASE WHEN o IS NULL THEN null ELSE {key: o.key, name: o.name} END AS organisation,
			       %s AS episode,
			       [(e)-[:DISCUSSED]->(t:Topic) WHERE t.key IN row.topics | {key: t.key, name: t.name}] AS topics
			""".formatted(EpisodeRef.projection("e"));

	private static final int EVIDENCE_LINES = 5;

	private final Neo4jClient neo4j;

	GuestQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
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
		List<Map<String, Object>> rows = scores.keySet()
			.stream()
			.map(key -> Map.<String, Object>of("key", key, "topics", List.copyOf(matches.topics(key))))
			.toList();
		Map<String, NodeRef> people = new LinkedHashMap<>();
		Map<String, List<Appearance>> appearances = new LinkedHashMap<>();
		neo4j.query(GUESTS).bind(rows).to("episodes").fetchAs(Row.class).mappedBy((types, row) -> {
			EpisodeRef episode = EpisodeRef.of(row.get("episode"));
			Value organisation = row.get("organisation");
			return new Row(new NodeRef(row.get("person").asString(), row.get("name").asString()),
					new Appearance(episode, row.get("title").asString(null),
							organisation.isNull() ? null
									: new NodeRef(organisation.get("key").asString(), organisation.get("name").asString()),
							row.get("topics").asList(t -> new NodeRef(t.get("key").asString(), t.get("name").asString())),
							matches.evidence(episode.key(), EVIDENCE_LINES), round(scores.get(episode.key()))));
		}).all().forEach(row -> {
			people.putIfAbsent(row.person().key(), row.person());
			appearances.computeIfAbsent(row.person().key(), k -> new ArrayList<>()).add(row.appearance());
		});
		List<Guest> guests = new ArrayList<>();
		appearances.forEach((person, list) -> {
			list.sort((a, b) -> Double.compare(b.score(), a.score()));
			double score = Matches.guest(list.stream().map(Appearance::score).toList());
			guests.add(new Guest(people.get(person), round(score), list));
		});
		guests.sort(GuestFinder.bestFirst());
		return guests.size() > limit ? List.copyOf(guests.subList(0, limit)) : guests;
	}

	private record Row(NodeRef person, Appearance appearance) {
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
