package dev.podgraph.recommend;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.Role;

/**
 * The reads behind related episodes. {@link #neighbourhood} reads an episode, what it is made of, and its
 * candidates, each with everything it shares with the episode, in three statements of one transaction. Every way to a
 * candidate is bounded, so that the reads cost about the same on any size of catalogue: topics rarest first and at most {@code perTopic} episodes each (those
 * with the most lines about it, through the {@code discussed_topic_lines} index), topics on more than
 * {@code maxTopicShare} of all episodes not followed at all, and a limit on every other fan-out (a sponsor may have
 * sponsored thousands of episodes).
 */
@Component
class RelatedQueries {

	// The episode, and its candidates found by people, organisations, sponsors and meaning: a UNION of
	// bounded ways. The candidates by topic and what each candidate shares are two more reads in the same transaction:
	// in one statement with the rest, the index-ordered read of DISCUSSED made Neo4j 2026.08's planner fail on some
	// graphs ("d.lines should not appear non-cached", phase insertCachedProperties). Organisations are found by their
	// keys through hints, as the candidates in OVERLAPS: a plan made on a catalogue just built may otherwise scan an
	// index for every key (seen in the guests' read, GuestQueries).
	static final String NEIGHBOURHOOD = """
			MATCH (e:Episode {key: $key})
			CALL () { MATCH (x:Episode) RETURN count(x) AS episodes }
			CALL (e) {
			  OPTIONAL MATCH (e)-[:DISCUSSED]->(t)
			  WITH t WHERE t IS NOT NULL
			  RETURN collect({key: t.key, name: t.name, candidate: coalesce(t.candidate, false),
			                  episodes: COUNT { (t)<-[:DISCUSSED]-() }}) AS topics
			}
			CALL (e) {
			  OPTIONAL MATCH (e)<-[a:APPEARED_ON]-(p:Person)
			  RETURN collect(DISTINCT p) AS people,
			         collect(CASE WHEN p IS NOT NULL THEN {key: p.key, name: p.name, role: a.role} END) AS peopleRefs,
			         collect(DISTINCT a.organisationKey) AS organisations
			}
			CALL (organisations) {
			  UNWIND organisations AS key
			  MATCH (o:Organisation {key: key})
			  USING INDEX SEEK o:Organisation(key)
			  RETURN collect({key: o.key, name: o.name}) AS organisationRefs
			}
			CALL (e) {
			  OPTIONAL MATCH (e)<-[:SPONSORED]-(s:Organisation)
			  WITH s, COUNT { (s)-[:SPONSORED]->() } AS sponsored
			  RETURN collect(s) AS sponsors,
			         collect(CASE WHEN s IS NOT NULL THEN {key: s.key, name: s.name, episodes: sponsored} END) AS sponsorRefs
			}
			OPTIONAL CALL (e, people, sponsors) {
			  UNWIND people AS p
			  CALL (e, p) {
			    MATCH (e)<-[:APPEARED_ON {role: 'GUEST'}]-(p)-[:APPEARED_ON]->(c)
			    RETURN c LIMIT $perPerson
			    UNION
			    MATCH (p)-[:APPEARED_ON {role: 'GUEST'}]->(c)
			    RETURN c LIMIT $perPerson
			  }
			  WITH c WHERE c <> e
			  RETURN c
			  UNION
			  MATCH (e)<-[a:APPEARED_ON {role: 'GUEST'}]-(:Person) WHERE a.organisationKey IS NOT NULL
			  MATCH (o:Organisation {key: a.organisationKey})
			  USING INDEX SEEK o:Organisation(key)
			  CALL (o) {
			    MATCH (o)<-[:WORKS_AT]-(:Person)-[:APPEARED_ON {role: 'GUEST'}]->(c)
			    RETURN c LIMIT $perOrganisation
			  }
			  WITH c WHERE c <> e
			  RETURN c
			  UNION
			  UNWIND sponsors AS s
			  CALL (s) {
			    MATCH (s)-[:SPONSORED]->(c)
			    RETURN c LIMIT $perOrganisation
			  }
			  WITH c WHERE c <> e
			  RETURN c
			  UNION
			  WITH e WHERE e.embedding IS NOT NULL
			  CALL db.index.vector.queryNodes('episode_embedding', $nearEpisodes + 1, e.embedding) YIELD node AS c
			  WITH c WHERE c <> e
			  RETURN c
			}
			WITH e, episodes, topics, peopleRefs, organisations, organisationRefs, sponsorRefs,
			     collect(DISTINCT c.key) AS candidates
			RETURN %1$s AS episode, episodes, topics, peopleRefs AS people, organisationRefs AS organisations,
			  sponsorRefs AS sponsors, candidates
			""".formatted(EpisodeRef.projection("e"));

	// The episodes that discussed the topics given, each topic's strongest evidence first through the
	// discussed_topic_lines index (no label checks: DISCUSSED always links an Episode to a Topic, and without them the
	// planner keeps the index order), those sharing the rarest topics first. The seek is a hint: left to itself, the
	// planner sometimes scanned the whole index and filtered by topic (see CatalogueSearch).
	static final String BY_TOPICS = """
			UNWIND $topics AS topic
			CALL (topic) {
			  MATCH (c)-[d:DISCUSSED]->()
			  USING INDEX SEEK d:DISCUSSED(topic, lines)
			  WHERE d.topic = topic.key AND d.lines >= 0
			  RETURN c ORDER BY d.topic DESC, d.lines DESC LIMIT $perTopic
			}
			WITH c, sum(topic.rarity) AS rarity WHERE c.key <> $key
			RETURN c.key AS key ORDER BY rarity DESC LIMIT $byTopics
			""";

	// What each candidate shares with the episode, in one walk over each candidate's relationships (the episode's own
	// podcast, topics, people and sponsors are read once), and with no index in play: with labels on the neighbours,
	// the planner may scan the whole Person(key) index for "p.key IN people" instead of expanding from the candidates.
	// Each candidate is found by its key through a hint (see NEIGHBOURHOOD).
	static final String OVERLAPS = """
			MATCH (e:Episode {key: $key})
			WITH e, COLLECT { MATCH (e)-[:DISCUSSED]->(t) RETURN t.key } AS topicKeys,
			     COLLECT { MATCH (e)<-[:APPEARED_ON]-(p:Person) RETURN DISTINCT p.key } AS people,
			     COLLECT { MATCH (e)<-[a:APPEARED_ON]-(:Person) WHERE a.organisationKey IS NOT NULL
			               RETURN DISTINCT a.organisationKey } AS organisations,
			     COLLECT { MATCH (e)<-[:SPONSORED]-(s:Organisation) RETURN s.key } AS sponsors
			UNWIND $candidates AS key
			MATCH (c:Episode {key: key})
			USING INDEX SEEK c:Episode(key)
			CALL (c, topicKeys, people, organisations, sponsors) {
			  MATCH (c)-[r]-(x)
			  WITH type(r) AS type, r, x, x.key AS other
			  RETURN count(CASE WHEN type = 'DISCUSSED' THEN 1 END) AS topicCount,
			         collect(CASE WHEN type = 'DISCUSSED' AND other IN topicKeys THEN other END) AS sharedTopics,
			         collect(CASE WHEN type = 'APPEARED_ON' AND other IN people THEN {key: other, role: r.role} END)
			           AS sharedPeople,
			         collect(CASE WHEN type = 'APPEARED_ON' AND r.role = 'GUEST' AND r.organisationKey IN organisations
			                 THEN r.organisationKey END) AS sharedOrganisations,
			         collect(CASE WHEN type = 'SPONSORED' AND other IN sponsors THEN other END) AS sharedSponsors,
			         collect(CASE WHEN type = 'PART_OF' THEN {key: other, name: x.title} END)[0] AS podcast
			}
			RETURN {key: c.key, title: c.title, season: c.season, number: c.number, published: c.published,
			        podcast: podcast} AS episode,
			  sharedTopics AS topics, topicCount, sharedPeople AS people, sharedOrganisations AS organisations,
			  sharedSponsors AS sponsors,
			  CASE WHEN e.embedding IS NULL OR c.embedding IS NULL THEN null
			       ELSE 2 * vector.similarity.cosine(e.embedding, c.embedding) - 1 END AS similarity
			""";

	// Newest first through the episode_published index, keeping the podcast's own: stops after $limit of them.
	private static final String NEWEST = """
			MATCH (e:Episode {key: $key})
			OPTIONAL MATCH (e)-[:PART_OF]->(p:Podcast)
			CALL (e, p) {
			  MATCH (c:Episode) WHERE c.published IS NOT NULL AND c <> e AND (c)-[:PART_OF]->(p)
			  RETURN c, true AS samePodcast ORDER BY c.published DESC LIMIT $limit
			  UNION
			  MATCH (c:Episode) WHERE c.published IS NOT NULL AND c <> e
			  RETURN c, false AS samePodcast ORDER BY c.published DESC LIMIT $limit
			}
			RETURN %s AS episode, samePodcast
			""".formatted(EpisodeRef.projection("c"));

	/** How far each way to a candidate goes; see {@link RecommendProperties.Bounds}. */
	private final RecommendProperties.Bounds bounds;

	private final Neo4jClient neo4j;

	RelatedQueries(Neo4jClient neo4j, RecommendProperties properties) {
		this.neo4j = neo4j;
		this.bounds = properties.bounds();
	}

	/**
	 * @param key an episode's key
	 * @return the episode, what it is made of and its candidates, or empty when there is no such episode
	 */
	Optional<Neighbourhood> neighbourhood(String key) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("perPerson", bounds.perPerson());
		parameters.put("perOrganisation", bounds.perOrganisation());
		parameters.put("nearEpisodes", bounds.nearEpisodes());
		return neo4j.query(NEIGHBOURHOOD).bindAll(parameters).fetchAs(Found.class)
			.mappedBy((types, row) -> new Found(new Neighbourhood(EpisodeRef.of(row.get("episode")),
					row.get("episodes").asLong(),
					row.get("topics").asList(t -> new OwnTopic(ref(t), t.get("candidate").asBoolean(),
							t.get("episodes").asLong())),
					row.get("people").asList(p -> new OwnPerson(ref(p), Role.valueOf(p.get("role").asString()))),
					row.get("organisations").asList(RelatedQueries::ref),
					row.get("sponsors").asList(s -> new OwnSponsor(ref(s), s.get("episodes").asLong())), List.of()),
					row.get("candidates").asList(Value::asString)))
			.one()
			.map(found -> {
				Set<String> candidates = new LinkedHashSet<>(byTopics(key, found.episode()));
				candidates.addAll(found.candidates());
				return found.episode().withCandidates(overlaps(key, List.copyOf(candidates)));
			});
	}

	/**
	 * The episodes that share this one's rarer topics: topics on more than {@code maxTopicShare} of all episodes and
	 * more than {@code perTopic} (or on this one only) are not followed, at most {@code maxTopics} are, rarest first.
	 */
	private List<String> byTopics(String key, Neighbourhood episode) {
		// A topic on few enough episodes to read them all is followed whatever its share (a small catalogue).
		double most = Math.max(bounds.maxTopicShare() * episode.episodes(), bounds.perTopic());
		List<Map<String, Object>> topics = episode.topics()
			.stream()
			.filter(t -> t.episodes() > 1 && t.episodes() <= most)
			.sorted(Comparator.comparingLong(OwnTopic::episodes))
			.limit(bounds.maxTopics())
			.map(t -> Map.<String, Object>of("key", t.topic().key(), "rarity",
					Math.log((double) episode.episodes() / t.episodes())))
			.toList();
		if (topics.isEmpty()) {
			return List.of();
		}
		return List.copyOf(neo4j.query(BY_TOPICS)
			.bindAll(Map.of("key", key, "topics", topics, "perTopic", bounds.perTopic(), "byTopics", bounds.byTopics()))
			.fetchAs(String.class)
			.all());
	}

	/** The episode without its candidates' overlaps yet, and the keys of the candidates found by the first read. */
	private record Found(Neighbourhood episode, List<String> candidates) {
	}

	private List<Candidate> overlaps(String key, List<String> candidates) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		return List.copyOf(neo4j.query(OVERLAPS).bind(key).to("key").bind(candidates).to("candidates")
			.fetchAs(Candidate.class).mappedBy((types, row) -> candidate(row)).all());
	}

	/**
	 * @param key an episode's key
	 * @param limit how many of each
	 * @return the newest episodes of the episode's podcast, then the newest of the catalogue, without the episode
	 */
	List<Newest> newest(String key, int limit) {
		return List.copyOf(neo4j.query(NEWEST).bind(key).to("key").bind(limit).to("limit").fetchAs(Newest.class)
			.mappedBy((types, row) -> new Newest(EpisodeRef.of(row.get("episode")), row.get("samePodcast").asBoolean()))
			.all());
	}

	private static Candidate candidate(org.neo4j.driver.Record c) {
		return new Candidate(EpisodeRef.of(c.get("episode")), c.get("topics").asList(Value::asString),
				c.get("topicCount").asInt(),
				c.get("people").asList(p -> new SharedPerson(p.get("key").asString(), Role.valueOf(p.get("role").asString()))),
				c.get("organisations").asList(Value::asString), c.get("sponsors").asList(Value::asString),
				c.get("similarity").isNull() ? null : c.get("similarity").asDouble());
	}

	private static NodeRef ref(Value value) {
		return value == null || value.isNull() || value.get("key").isNull() ? null
				: new NodeRef(value.get("key").asString(), value.get("name").asString(null));
	}

	/**
	 * An episode and its candidates.
	 * @param episode the episode
	 * @param episodes how many episodes the catalogue has
	 * @param topics the topics it discussed, each with how many episodes discussed it
	 * @param people who appeared on it
	 * @param organisations its guests' organisations, as introduced on it
	 * @param sponsors who sponsored it, each with how many episodes they sponsored
	 * @param candidates the episodes that may be related, each with what it shares with this one
	 */
	record Neighbourhood(EpisodeRef episode, long episodes, List<OwnTopic> topics, List<OwnPerson> people,
			List<NodeRef> organisations, List<OwnSponsor> sponsors, List<Candidate> candidates) {

		Neighbourhood withCandidates(List<Candidate> candidates) {
			return new Neighbourhood(episode, episodes, topics, people, organisations, sponsors, candidates);
		}

	}

	record OwnTopic(NodeRef topic, boolean candidate, long episodes) {
	}

	record OwnPerson(NodeRef person, Role role) {
	}

	record OwnSponsor(NodeRef sponsor, long episodes) {
	}

	/**
	 * An episode that may be related.
	 * @param episode the episode
	 * @param topics the keys of the topics it shares
	 * @param topicCount how many topics it discussed in all
	 * @param people the people it shares, with their role on it
	 * @param organisations the keys of the guests' organisations it shares
	 * @param sponsors the keys of the sponsors it shares
	 * @param similarity the cosine similarity of the two episodes' embeddings, or {@code null} while either has none
	 */
	record Candidate(EpisodeRef episode, List<String> topics, int topicCount, List<SharedPerson> people, List<String> organisations,
			List<String> sponsors, Double similarity) {
	}

	record SharedPerson(String key, Role role) {
	}

	record Newest(EpisodeRef episode, boolean samePodcast) {
	}

}
