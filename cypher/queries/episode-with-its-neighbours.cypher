// An episode with its podcast, people and their roles, sponsors and topics.
MATCH (episode:Episode {key: 'driven-by-data-the-podcast:s4e9'})-[:PART_OF]->(podcast:Podcast)
RETURN podcast.title AS podcast, episode.title AS episode, episode.published AS published,
       COLLECT { MATCH (p:Person)-[a:APPEARED_ON]->(episode) RETURN p.name + ' (' + a.role + ')' } AS people,
       COLLECT { MATCH (o:Organisation)-[:SPONSORED]->(episode) RETURN o.name } AS sponsors,
       COLLECT { MATCH (episode)-[:DISCUSSED]->(t:Topic) RETURN t.name ORDER BY t.name } AS topics;
