// Lists of episodes are ordered by publication date, newest first.
CREATE RANGE INDEX episode_published IF NOT EXISTS FOR (n:Episode) ON (n.published);
