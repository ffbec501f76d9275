// Which guests talked about ethics, in any wording? The evidence lines are indexed with English analysis,
// so 'ethical' also finds "ethics". Each guest comes with their organisation and title on that episode.
CALL db.index.fulltext.queryRelationships('evidence_text', 'ethical') YIELD relationship AS discussed, score
MATCH (episode:Episode)-[discussed]->(topic:Topic)
MATCH (guest:Person)-[appearance:APPEARED_ON {role: 'GUEST'}]->(episode)
OPTIONAL MATCH (organisation:Organisation {key: appearance.organisationKey})
RETURN guest.name AS guest, appearance.title AS title, organisation.name AS organisation,
       episode.title AS episode, collect(DISTINCT topic.name) AS topics, max(score) AS score
ORDER BY score DESC;
