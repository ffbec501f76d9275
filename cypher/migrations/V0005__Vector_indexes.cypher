// Search by meaning: sentence embeddings (all-MiniLM-L6-v2, 384 dimensions, cosine) of each topic (its label and
// synonyms), each episode (its title and summary) and each DISCUSSED relationship (its evidence lines, the bullets).
// A background pass computes them for what is ingested; nodes waiting for theirs carry the PendingEmbedding label.
CREATE VECTOR INDEX topic_embedding IF NOT EXISTS
FOR (t:Topic) ON (t.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX episode_embedding IF NOT EXISTS
FOR (e:Episode) ON (e.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX evidence_embedding IF NOT EXISTS
FOR ()-[d:DISCUSSED]-() ON (d.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
