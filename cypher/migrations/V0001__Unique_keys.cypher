// Every kind of node has one business key (a slug; for episodes the podcast's slug and the episode's own part).
// MERGE relies on these constraints for correctness under concurrent writes, and on their indexes for speed.
CREATE CONSTRAINT podcast_key IF NOT EXISTS FOR (n:Podcast) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT episode_key IF NOT EXISTS FOR (n:Episode) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
