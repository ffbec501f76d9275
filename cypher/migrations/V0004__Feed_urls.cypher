// A feed is looked up by its URL on every refresh, to send the ETag and Last-Modified of the last read.
CREATE RANGE INDEX podcast_feed_url IF NOT EXISTS FOR (n:Podcast) ON (n.feedUrl);
