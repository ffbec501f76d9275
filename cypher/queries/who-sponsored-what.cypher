// Who sponsored what: every sponsor with the episodes it sponsored, newest first.
MATCH (sponsor:Organisation)-[:SPONSORED]->(episode:Episode)-[:PART_OF]->(podcast:Podcast)
WITH sponsor, episode, podcast ORDER BY episode.published DESC
RETURN sponsor.name AS sponsor, count(episode) AS episodes,
       collect(podcast.title + ': ' + episode.title) AS sponsored
ORDER BY episodes DESC, sponsor;
