// Organisations are found by any of their names: "Scotland Yard" is the Metropolitan Police.
CALL db.index.fulltext.queryNodes('catalogue_text', '"Scotland Yard"') YIELD node, score
WHERE node:Organisation
RETURN node.name AS organisation, node.aliases AS aliases,
       COLLECT { MATCH (p:Person)-[w:WORKS_AT]->(node) RETURN p.name + ', ' + w.title } AS people
ORDER BY score DESC;
