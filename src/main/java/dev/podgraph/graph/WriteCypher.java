package dev.podgraph.graph;

/**
 * The Cypher of the write path, one batched {@code UNWIND $rows ... MERGE} statement per kind of node or relationship.
 * Values always come from parameters; labels and types are fixed here.
 */
final class WriteCypher {

	private WriteCypher() {
	}

	static final String CONTENT_HASHES = """
			UNWIND $keys AS key
			MATCH (e:Episode {key: key})
			RETURN e.key AS key, e.contentHash AS hash
			""";

	// Pruning runs first, on episodes that already exist: it removes the episode's relationships that the new version
	// no longer has and returns the nodes at their other end, which may have become orphans.

	static final String PRUNE_APPEARANCES = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})<-[r:APPEARED_ON]-(p:Person)
			WHERE NOT p.key + '|' + r.role IN row.appearanceKeys
			DELETE r
			RETURN collect(DISTINCT p.key) AS keys
			""";

	static final String PRUNE_DISCUSSED = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})-[r:DISCUSSED]->(t:Topic)
			WHERE NOT t.key IN row.topicKeys
			DELETE r
			RETURN collect(DISTINCT t.key) AS keys
			""";

	static final String PRUNE_SPONSORED = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})<-[r:SPONSORED]-(o:Organisation)
			WHERE NOT o.key IN row.sponsorKeys
			DELETE r
			RETURN collect(DISTINCT o.key) AS keys
			""";

	static final String PRUNE_MENTIONED = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})-[r:MENTIONED]->(m)
			WHERE NOT m.key IN row.mentionKeys
			DELETE r
			RETURN collect(DISTINCT m.key) AS keys
			""";

	static final String MERGE_ORGANISATIONS = """
			UNWIND $rows AS row
			MERGE (o:Organisation {key: row.key})
			ON CREATE SET o.name = row.name, o.aliases = []
			WITH o, [a IN row.aliases WHERE NOT a IN coalesce(o.aliases, []) AND a <> o.name] AS added
			WHERE size(added) > 0
			SET o.aliases = coalesce(o.aliases, []) + added
			""";

	static final String MERGE_PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {key: row.key})
			ON CREATE SET p.name = row.name
			""";

	static final String MERGE_TOPICS = """
			UNWIND $rows AS row
			MERGE (t:Topic {key: row.key})
			ON CREATE SET t.name = row.name, t.candidate = row.candidate
			// Once any episode names it from the vocabulary, a topic is no longer a candidate.
			WITH t, row WHERE t.candidate AND NOT row.candidate
			SET t.candidate = false
			""";

	static final String MERGE_PODCASTS = """
			UNWIND $rows AS row
			MERGE (p:Podcast {key: row.key})
			SET p += row.props
			""";

	static final String MERGE_EPISODES = """
			UNWIND $rows AS row
			MATCH (p:Podcast {key: row.podcast})
			MERGE (e:Episode {key: row.key})
			SET e += row.props, e.writtenAt = datetime()
			MERGE (e)-[:PART_OF]->(p)
			""";

	static final String MERGE_PRODUCES = """
			UNWIND $rows AS row
			MATCH (o:Organisation {key: row.organisation}), (p:Podcast {key: row.podcast})
			MERGE (o)-[:PRODUCES]->(p)
			""";

	static final String MERGE_HOSTS = """
			UNWIND $rows AS row
			MATCH (h:Person {key: row.person}), (p:Podcast {key: row.podcast})
			MERGE (h)-[:HOSTS]->(p)
			""";

	static final String MERGE_APPEARANCES = """
			UNWIND $rows AS row
			MATCH (p:Person {key: row.person}), (e:Episode {key: row.episode})
			MERGE (p)-[a:APPEARED_ON {role: row.role}]->(e)
			SET a.title = row.title, a.organisationKey = row.organisation
			""";

	// WORKS_AT belongs to the person, not to one episode: the most recently published episode sets the title.
	static final String MERGE_EMPLOYMENTS = """
			UNWIND $rows AS row
			MATCH (p:Person {key: row.person}), (o:Organisation {key: row.organisation})
			MERGE (p)-[w:WORKS_AT]->(o)
			WITH w, row, w.lastSeen IS NULL OR (row.date IS NOT NULL AND row.date >= w.lastSeen) AS newer
			SET w.title = CASE WHEN row.title IS NOT NULL AND (w.title IS NULL OR newer) THEN row.title ELSE w.title END,
			    w.lastSeen = CASE WHEN newer AND row.date IS NOT NULL THEN row.date ELSE w.lastSeen END
			""";

	static final String MERGE_DISCUSSED = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (t:Topic {key: row.topic})
			MERGE (e)-[d:DISCUSSED]->(t)
			SET d.evidence = row.evidence
			""";

	static final String MERGE_SPONSORED = """
			UNWIND $rows AS row
			MATCH (o:Organisation {key: row.organisation}), (e:Episode {key: row.episode})
			MERGE (o)-[:SPONSORED]->(e)
			""";

	static final String MERGE_MENTIONED_PEOPLE = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (m:Person {key: row.target})
			MERGE (e)-[:MENTIONED]->(m)
			""";

	static final String MERGE_MENTIONED_ORGANISATIONS = """
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (m:Organisation {key: row.target})
			MERGE (e)-[:MENTIONED]->(m)
			""";

	// Nodes exist because episodes refer to them: once the last reference is pruned, the node goes too.

	static final String DELETE_ORPHAN_PEOPLE = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})
			WHERE NOT (p)-[:APPEARED_ON]->() AND NOT ()-[:MENTIONED]->(p)
			WITH p, [(p)-[:WORKS_AT]->(o) | o.key] AS employers
			DETACH DELETE p
			RETURN employers
			""";

	static final String DELETE_ORPHAN_ORGANISATIONS = """
			UNWIND $keys AS key
			MATCH (o:Organisation {key: key})
			WHERE NOT (o)-[:SPONSORED|PRODUCES]->() AND NOT ()-[:MENTIONED|WORKS_AT]->(o)
			DETACH DELETE o
			""";

	static final String DELETE_ORPHAN_TOPICS = """
			UNWIND $keys AS key
			MATCH (t:Topic {key: key})
			WHERE NOT (t)--()
			DELETE t
			""";

}
