// Episodes related to the seed episode by the topics they share, each topic weighed by how rare it is (its inverse
// document frequency: a topic on every episode counts for nothing). The application adds shared guests,
// organisations and sponsors, the podcast, similarity of content, and bounds every step (recommend/RelatedQueries.java).
MATCH (e:Episode {key: 'driven-by-data-the-podcast:s4e9'})
CALL () { MATCH (x:Episode) RETURN count(x) AS episodes }
MATCH (e)-[:DISCUSSED]->(t:Topic)<-[:DISCUSSED]-(other:Episode)
WITH other, t, log(toFloat(episodes) / COUNT { (t)<-[:DISCUSSED]-() }) AS rarity
WITH other, sum(rarity) AS weight, collect(t.name) AS shared
RETURN other.title AS related, round(weight, 2) AS weight, shared
ORDER BY weight DESC, related
LIMIT 10;
