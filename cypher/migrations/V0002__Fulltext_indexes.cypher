// Full-text search with English analysis (stemming, stop words): "ethical" finds "ethics".
// One index over the names, titles, aliases and descriptions of every kind of node ...
CREATE FULLTEXT INDEX catalogue_text IF NOT EXISTS
FOR (n:Podcast|Episode|Person|Organisation|Topic)
ON EACH [n.name, n.title, n.aliases, n.summary, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// ... and one over the show-notes lines that are the evidence of what an episode discussed.
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS
FOR ()-[r:DISCUSSED]-()
ON EACH [r.evidence]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
