// Related episodes are read from each episode's precomputed list, (:Episode)-[:SIMILAR {score, reasons}]->(:Episode),
// which a background pass computes for episodes labelled PendingSimilar once their embeddings are in. The write path
// labels every new or changed episode; this labels those written before. Data apart from schema: neo4j-migrations
// runs each file in its own transaction.
MATCH (e:Episode) WHERE NOT e:PendingSimilar
SET e:PendingSimilar;
