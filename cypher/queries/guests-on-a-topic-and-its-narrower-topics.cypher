// Which guests talked about ethics or a narrower topic of it (AI ethics, bias, public trust, ...)? The vocabulary's
// topics are linked by BROADER; *0.. takes in the topic itself. Guests with the most evidence lines first.
MATCH (narrower:Topic)-[:BROADER*0..]->(:Topic {key: 'ethics'})
MATCH (episode:Episode)-[discussed:DISCUSSED]->(narrower)
MATCH (guest:Person)-[:APPEARED_ON {role: 'GUEST'}]->(episode)
RETURN guest.name AS guest, episode.title AS episode, collect(DISTINCT narrower.name) AS topics,
       sum(discussed.lines) AS lines
ORDER BY lines DESC;
