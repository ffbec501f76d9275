// The catalogue's topics by how many episodes discussed them.
MATCH (topic:Topic)
RETURN topic.name AS topic, COUNT { (:Episode)-[:DISCUSSED]->(topic) } AS episodes
ORDER BY episodes DESC, topic
LIMIT 25;
