// Fills the properties behind discussed_topic_lines (V0006) on relationships written before it; the write path sets
// them on everything written since. Data apart from schema: neo4j-migrations runs each file in its own transaction.
MATCH ()-[d:DISCUSSED]->(t:Topic)
WHERE d.topic IS NULL OR d.lines IS NULL
SET d.topic = t.key, d.lines = size(coalesce(d.evidence, []));
