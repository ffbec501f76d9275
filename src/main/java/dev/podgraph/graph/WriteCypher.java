package dev.podgraph.graph;

/**
 * The Cypher of the write path, one batched {@code UNWIND $rows ... MERGE} statement per kind of node or relationship.
 * Values always come from parameters; labels and types are fixed here.
 * <p>
 * Every statement starts with {@code CYPHER replan=skip}: each finds its nodes through the unique key indexes whatever
 * the statistics say, and a bulk ingest changes the statistics so fast that Neo4j would otherwise plan every statement
 * again every few seconds (a tenth of the ingest's time, measured).
 */
final class WriteCypher {

	private WriteCypher() {
	}

	static final String CONTENT_HASHES = """
			CYPHER replan=skip
			UNWIND $keys AS key
			MATCH (e:Episode {key: key})
			RETURN e.key AS key, e.contentHash AS hash
			""";

	// Pruning runs first, on episodes that already exist: it removes the episode's relationships that the new version
	// no longer has and returns the nodes at their other end, which may have become orphans.

	static final String PRUNE_APPEARANCES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})<-[r:APPEARED_ON]-(p:Person)
			WHERE NOT p.key + '|' + r.role IN row.appearanceKeys
			DELETE r
			RETURN collect(DISTINCT p.key) AS keys
			""";

	static final String PRUNE_CREDITED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})<-[r:CREDITED]-(p:Person)
			WHERE NOT p.key + '|' + r.role IN row.creditKeys
			DELETE r
			RETURN collect(DISTINCT p.key) AS keys
			""";

	static final String PRUNE_DISCUSSED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})-[r:DISCUSSED]->(t:Topic)
			WHERE NOT t.key IN row.topicKeys
			DELETE r
			RETURN collect(DISTINCT t.key) AS keys
			""";

	static final String PRUNE_SPONSORED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})<-[r:SPONSORED]-(o:Organisation)
			WHERE NOT o.key IN row.sponsorKeys
			DELETE r
			RETURN collect(DISTINCT o.key) AS keys
			""";

	static final String PRUNE_MENTIONED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})-[r:MENTIONED]->(m)
			WHERE NOT m.key IN row.mentionKeys
			DELETE r
			RETURN collect(DISTINCT m.key) AS keys
			""";

	static final String MERGE_ORGANISATIONS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (o:Organisation {key: row.key})
			ON CREATE SET o.name = row.name, o.aliases = []
			WITH o, [a IN row.aliases WHERE NOT a IN coalesce(o.aliases, []) AND a <> o.name] AS added
			WHERE size(added) > 0
			SET o.aliases = coalesce(o.aliases, []) + added
			""";

	static final String MERGE_PEOPLE = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (p:Person {key: row.key})
			ON CREATE SET p.name = row.name
			WITH p, row WHERE row.link IS NOT NULL OR row.image IS NOT NULL
			SET p.link = coalesce(row.link, p.link), p.image = coalesce(row.image, p.image)
			""";

	static final String MERGE_TOPICS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (t:Topic {key: row.key})
			ON CREATE SET t.name = row.name, t.candidate = row.candidate, t:PendingEmbedding
			// Once any episode names it from the vocabulary, a topic is no longer a candidate.
			WITH t, row WHERE t.candidate AND NOT row.candidate
			SET t.candidate = false
			""";

	static final String MERGE_PODCASTS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (p:Podcast {key: row.key})
			SET p += row.props
			""";

	// Whether this transaction created the episode is read from the MERGE itself (not from an earlier read), so that
	// a concurrent writer of the same new episode can never make both CREATE its relationships.
	static final String MERGE_EPISODES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (p:Podcast {key: row.podcast})
			MERGE (e:Episode {key: row.key})
			// Whether this very statement created the node: a mark only this write knows, gone before it commits.
			// (Comparing firstWrittenAt with datetime.transaction() is not enough: two writers that start in the same
			// instant would both take the episode for theirs, and both create its relationships.)
			ON CREATE SET e.firstWrittenAt = datetime.transaction(), e.createdByWrite = $write
			// A new or changed episode waits for its embeddings and then its list of similar episodes, which background
			// passes compute off this path.
			SET e += row.props, e.writtenAt = datetime.transaction(), e:PendingEmbedding:PendingSimilar
			WITH e, p, coalesce(e.createdByWrite = $write, false) AS created
			REMOVE e.createdByWrite
			FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (e)-[:PART_OF]->(p))
			FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (e)-[:PART_OF]->(p))
			RETURN e.key AS key, created
			""";

	static final String MERGE_PRODUCES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (o:Organisation {key: row.organisation}), (p:Podcast {key: row.podcast})
			MERGE (o)-[:PRODUCES]->(p)
			""";

	static final String MERGE_HOSTS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (h:Person {key: row.person}), (p:Podcast {key: row.podcast})
			MERGE (h)-[:HOSTS]->(p)
			""";

	static final String MERGE_APPEARANCES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (p:Person {key: row.person}), (e:Episode {key: row.episode})
			MERGE (p)-[a:APPEARED_ON {role: row.role}]->(e)
			SET a.title = row.title, a.organisationKey = row.organisation
			""";

	// WORKS_AT belongs to the person, not to one episode: the most recently published episode sets the title.
	static final String MERGE_CREDITED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (p:Person {key: row.person}), (e:Episode {key: row.episode})
			MERGE (p)-[c:CREDITED {role: row.role}]->(e)
			SET c.group = row.group
			""";

	static final String MERGE_EMPLOYMENTS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (p:Person {key: row.person}), (o:Organisation {key: row.organisation})
			MERGE (p)-[w:WORKS_AT]->(o)
			WITH w, row, w.lastSeen IS NULL OR (row.date IS NOT NULL AND row.date >= w.lastSeen) AS newer
			SET w.title = CASE WHEN row.title IS NOT NULL AND (w.title IS NULL OR newer) THEN row.title ELSE w.title END,
			    w.lastSeen = CASE WHEN newer AND row.date IS NOT NULL THEN row.date ELSE w.lastSeen END
			""";

	// Episodes created in this transaction have no relationships yet: one statement CREATEs them all, row by row,
	// saving MERGE's check for an existing relationship and a lookup of the episode per relationship.
	static final String CREATE_EPISODE_RELATIONSHIPS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.key})
			CALL (e, row) {
			  UNWIND row.discussed AS d
			  MATCH (t:Topic {key: d.topic})
			  CREATE (e)-[:DISCUSSED {evidence: d.evidence, topic: t.key, lines: size(d.evidence)}]->(t)
			}
			CALL (e, row) {
			  UNWIND row.appearances AS a
			  MATCH (p:Person {key: a.person})
			  CREATE (p)-[:APPEARED_ON {role: a.role, title: a.title, organisationKey: a.organisation}]->(e)
			}
			CALL (e, row) {
			  UNWIND row.credits AS c
			  MATCH (p:Person {key: c.person})
			  CREATE (p)-[:CREDITED {role: c.role, group: c.group}]->(e)
			}
			CALL (e, row) {
			  UNWIND row.sponsorKeys AS key
			  MATCH (o:Organisation {key: key})
			  CREATE (o)-[:SPONSORED]->(e)
			}
			CALL (e, row) {
			  UNWIND row.mentionedPeople AS key
			  MATCH (m:Person {key: key})
			  CREATE (e)-[:MENTIONED]->(m)
			}
			CALL (e, row) {
			  UNWIND row.mentionedOrganisations AS key
			  MATCH (m:Organisation {key: key})
			  CREATE (e)-[:MENTIONED]->(m)
			}
			""";

	static final String MERGE_DISCUSSED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (t:Topic {key: row.topic})
			MERGE (e)-[d:DISCUSSED]->(t)
			SET d.evidence = row.evidence, d.topic = t.key, d.lines = size(row.evidence)
			""";

	static final String MERGE_SPONSORED = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (o:Organisation {key: row.organisation}), (e:Episode {key: row.episode})
			MERGE (o)-[:SPONSORED]->(e)
			""";

	static final String MERGE_MENTIONED_PEOPLE = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (m:Person {key: row.target})
			MERGE (e)-[:MENTIONED]->(m)
			""";

	static final String MERGE_MENTIONED_ORGANISATIONS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (e:Episode {key: row.episode}), (m:Organisation {key: row.target})
			MERGE (e)-[:MENTIONED]->(m)
			""";

	// Nodes exist because episodes refer to them: once the last reference is pruned, the node goes too.

	static final String DELETE_ORPHAN_PEOPLE = """
			CYPHER replan=skip
			UNWIND $keys AS key
			MATCH (p:Person {key: key})
			WHERE NOT (p)-[:APPEARED_ON|CREDITED]->() AND NOT ()-[:MENTIONED]->(p)
			WITH p, [(p)-[:WORKS_AT]->(o) | o.key] AS employers
			DETACH DELETE p
			RETURN employers
			""";

	static final String DELETE_ORPHAN_ORGANISATIONS = """
			CYPHER replan=skip
			UNWIND $keys AS key
			MATCH (o:Organisation {key: key})
			WHERE NOT (o)-[:SPONSORED|PRODUCES]->() AND NOT ()-[:MENTIONED|WORKS_AT]->(o)
			DETACH DELETE o
			""";

	static final String DELETE_ORPHAN_TOPICS = """
			CYPHER replan=skip
			UNWIND $keys AS key
			MATCH (t:Topic {key: key})
			WHERE NOT (t)--() AND NOT coalesce(t.vocabulary, false)
			DELETE t
			""";

}
