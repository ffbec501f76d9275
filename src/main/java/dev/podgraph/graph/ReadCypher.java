package dev.podgraph.graph;

/**
 * The Cypher of the catalogue's reads. Each detail query returns one row shaped like its record; neighbour lists are
 * capped at {@link Catalogue#NEIGHBOUR_LIMIT}.
 */
final class ReadCypher {

	private ReadCypher() {
	}

	/** An episode as an {@link EpisodeRef} map; the name of the variable that holds the episode is fixed by code. */
	static String ref(String episode) {
		return """
				{key: %1$s.key, title: %1$s.title, season: %1$s.season, number: %1$s.number, published: %1$s.published,
				 podcast: [(%1$s)-[:PART_OF]->(ref_podcast:Podcast) | {key: ref_podcast.key, name: ref_podcast.title}][0]}"""
			.formatted(episode);
	}

	/** The organisation an appearance was introduced with, as a {@link NodeRef} map or null. */
	private static final String APPEARANCE_ORGANISATION = """
			COLLECT { MATCH (o:Organisation {key: a.organisationKey}) RETURN {key: o.key, name: o.name} }[0]""";

	private static final String NEWEST_FIRST = "ORDER BY e.published IS NULL, e.published DESC, e.key LIMIT $limit";

	static final String EPISODE = """
			MATCH (e:Episode {key: $key})
			RETURN e {.key, .title, .season, .number, .published, .guid, .url, .summary, .enclosureUrl, .enclosureType,
			          .episodeType, .seasonName, .episodeNumber, .episodeDisplay, .publishedRaw, .transcripts,
			          .chapters} AS episode,
			  [(e)-[:PART_OF]->(p:Podcast) | {key: p.key, name: p.title}][0] AS podcast,
			  COLLECT { MATCH (person:Person)-[a:APPEARED_ON]->(e)
			            RETURN {person: {key: person.key, name: person.name}, role: a.role, title: a.title,
			                    organisation: %s}
			            ORDER BY a.role, person.name } AS people,
			  COLLECT { MATCH (person:Person)-[c:CREDITED]->(e)
			            RETURN {person: {key: person.key, name: person.name}, role: c.role, group: c.group}
			            ORDER BY c.role, person.name } AS crew,
			  COLLECT { MATCH (o:Organisation)-[:SPONSORED]->(e) RETURN {key: o.key, name: o.name} ORDER BY o.name } AS sponsors,
			  COLLECT { MATCH (e)-[d:DISCUSSED]->(t:Topic)
			            RETURN {topic: {key: t.key, name: t.name}, evidence: coalesce(d.evidence, [])} ORDER BY t.name } AS topics,
			  COLLECT { MATCH (e)-[:MENTIONED]->(m)
			            RETURN {kind: CASE WHEN m:Person THEN 'PERSON' ELSE 'ORGANISATION' END, key: m.key, name: m.name}
			            ORDER BY m.name } AS mentions
			""".formatted(APPEARANCE_ORGANISATION);

	static final String PERSON = """
			MATCH (p:Person {key: $key})
			RETURN p.key AS key, p.name AS name, p.link AS link, p.image AS image,
			  COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organisation)
			            RETURN {organisation: {key: o.key, name: o.name}, title: w.title, lastSeen: w.lastSeen}
			            ORDER BY w.lastSeen IS NULL, w.lastSeen DESC, o.name } AS worksAt,
			  COLLECT { MATCH (p)-[a:APPEARED_ON]->(e:Episode)
			            RETURN {episode: %1$s, role: a.role, title: a.title, organisation: %2$s} %3$s } AS appearances,
			  COLLECT { MATCH (p)-[c:CREDITED]->(e:Episode)
			            RETURN {episode: %1$s, role: c.role, group: c.group} %3$s } AS credits,
			  COLLECT { MATCH (p)-[:HOSTS]->(h:Podcast) RETURN {key: h.key, name: h.title} ORDER BY h.title } AS hosts,
			  COLLECT { MATCH (e:Episode)-[:MENTIONED]->(p) RETURN %1$s %3$s } AS mentionedIn
			""".formatted(ref("e"), APPEARANCE_ORGANISATION, NEWEST_FIRST);

	static final String ORGANISATION = """
			MATCH (o:Organisation {key: $key})
			RETURN o.key AS key, o.name AS name, coalesce(o.aliases, []) AS aliases,
			  COLLECT { MATCH (p:Person)-[w:WORKS_AT]->(o)
			            RETURN {person: {key: p.key, name: p.name}, title: w.title} ORDER BY p.name LIMIT $limit } AS people,
			  COLLECT { MATCH (o)-[:SPONSORED]->(e:Episode) RETURN %1$s %2$s } AS sponsored,
			  COLLECT { MATCH (o)-[:PRODUCES]->(p:Podcast) RETURN {key: p.key, name: p.title} ORDER BY p.title } AS produces,
			  COLLECT { MATCH (e:Episode)-[:MENTIONED]->(o) RETURN %1$s %2$s } AS mentionedIn
			""".formatted(ref("e"), NEWEST_FIRST);

	// The topic with its narrower topics, at any depth, is its "family": what asking about the topic takes in.
	static final String TOPIC = """
			MATCH (t:Topic {key: $key})
			CALL (t) {
			  MATCH (n:Topic)-[:BROADER*0..]->(t)
			  RETURN collect(DISTINCT n) AS family
			}
			CALL (family) {
			  UNWIND family AS f
			  MATCH (f)<-[:DISCUSSED]-(e:Episode)
			  RETURN collect(DISTINCT e) AS familyEpisodes
			}
			RETURN t.key AS key, t.name AS name, coalesce(t.candidate, false) AS candidate,
			  coalesce(t.synonyms, []) AS synonyms,
			  COLLECT { MATCH (t)-[:BROADER]->(b:Topic) RETURN {key: b.key, name: b.name} ORDER BY b.name } AS broader,
			  COLLECT { MATCH (n:Topic)-[:BROADER]->(t) RETURN {key: n.key, name: n.name} ORDER BY n.name } AS narrower,
			  COUNT { (:Episode)-[:DISCUSSED]->(t) } AS episodeCount,
			  COLLECT { UNWIND familyEpisodes AS e
			            MATCH (p:Person)-[:APPEARED_ON {role: 'GUEST'}]->(e)
			            WITH p, count(DISTINCT e) AS episodes ORDER BY episodes DESC, p.name LIMIT $top
			            RETURN {node: {key: p.key, name: p.name}, episodes: episodes} } AS topGuests,
			  COLLECT { UNWIND familyEpisodes AS e
			            MATCH (e)-[:DISCUSSED]->(o:Topic) WHERE NOT o IN family
			            WITH o, count(DISTINCT e) AS episodes ORDER BY episodes DESC, o.name LIMIT $top
			            RETURN {node: {key: o.key, name: o.name}, episodes: episodes} } AS coOccurring,
			  COLLECT { UNWIND familyEpisodes AS e
			            WITH e.published.year AS year WHERE year IS NOT NULL
			            WITH year, count(*) AS episodes ORDER BY year
			            RETURN {year: year, episodes: episodes} } AS episodesPerYear,
			  COLLECT { MATCH (e:Episode)-[d:DISCUSSED]->(t)
			            RETURN {episode: %1$s, evidence: coalesce(d.evidence, [])} %2$s } AS episodes
			""".formatted(ref("e"), NEWEST_FIRST);

	static final String PODCAST = """
			MATCH (p:Podcast {key: $key})
			RETURN p.key AS key, p.title AS title, p.url AS url, p.description AS description, p.author AS author,
			  COUNT { (:Episode)-[:PART_OF]->(p) } AS episodeCount,
			  COLLECT { MATCH (h:Person)-[:HOSTS]->(p) RETURN {key: h.key, name: h.name} ORDER BY h.name } AS hosts,
			  COLLECT { MATCH (o:Organisation)-[:PRODUCES]->(p) RETURN {key: o.key, name: o.name} ORDER BY o.name } AS producers,
			  COLLECT { MATCH (e:Episode)-[:PART_OF]->(p) RETURN %1$s %2$s } AS recentEpisodes
			""".formatted(ref("e"), NEWEST_FIRST);

	static final String ORGANISATION_ALIASES = """
			MATCH (o:Organisation) WHERE size(coalesce(o.aliases, [])) > 0
			RETURN o.name AS name, o.aliases AS aliases
			""";

	static final String PODCAST_EXISTS = "RETURN EXISTS { (:Podcast {key: $key}) } AS exists";

	static final String EPISODES = """
			MATCH (e:Episode)
			WHERE $podcast IS NULL OR EXISTS { (e)-[:PART_OF]->(:Podcast {key: $podcast}) }
			WITH e ORDER BY e.published IS NULL, e.published DESC, e.key SKIP $skip LIMIT $limit
			RETURN %s AS episode
			""".formatted(ref("e"));

	static final String EPISODE_COUNT = """
			MATCH (e:Episode)
			WHERE $podcast IS NULL OR EXISTS { (e)-[:PART_OF]->(:Podcast {key: $podcast}) }
			RETURN count(e) AS total
			""";

	static final String PEOPLE = """
			MATCH (p:Person)
			WITH p ORDER BY p.name, p.key SKIP $skip LIMIT $limit
			RETURN p.key AS key, p.name AS name, COUNT { (p)-[:APPEARED_ON]->() } AS appearances
			""";

	static final String ORGANISATIONS = """
			MATCH (o:Organisation)
			WITH o ORDER BY o.name, o.key SKIP $skip LIMIT $limit
			RETURN o.key AS key, o.name AS name, COUNT { ()-[:WORKS_AT]->(o) } AS people,
			  COUNT { (o)-[:SPONSORED]->() } AS sponsored
			""";

	static final String TOPICS = """
			MATCH (t:Topic)
			WITH t ORDER BY t.name, t.key SKIP $skip LIMIT $limit
			RETURN t.key AS key, t.name AS name, COUNT { (:Episode)-[:DISCUSSED]->(t) } AS episodes
			""";

	static final String PODCASTS = """
			MATCH (p:Podcast)
			WITH p ORDER BY p.title, p.key SKIP $skip LIMIT $limit
			RETURN p.key AS key, p.title AS title, COUNT { (:Episode)-[:PART_OF]->(p) } AS episodes
			""";

	/** Counts every node of a label; the label comes from code, never from input. */
	static String count(String label) {
		return "MATCH (n:" + label + ") RETURN count(n) AS total";
	}

}
