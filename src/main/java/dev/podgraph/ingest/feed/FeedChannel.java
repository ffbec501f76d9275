package dev.podgraph.ingest.feed;

import java.util.List;

/**
 * A feed's channel: what is said of the podcast as a whole, and what was learnt of its items while checking the feed.
 *
 * @param title the channel's title, or {@code null}
 * @param link the channel's web page, or {@code null}
 * @param description the channel's description (may be HTML), or {@code null}
 * @param author {@code itunes:author}, or {@code null}
 * @param podcastGuid {@code podcast:guid}, or {@code null}
 * @param people the channel's {@code podcast:person} tags, the default people of every item
 * @param items how many items (RSS) or entries (Atom) the feed has
 * @param podcastTags whether the feed uses the iTunes or Podcasting 2.0 namespaces
 * @param mediaEnclosures whether an item encloses audio or video (or a file of unknown type, as many feeds leave it)
 */
public record FeedChannel(String title, String link, String description, String author, String podcastGuid,
		List<FeedPerson> people, int items, boolean podcastTags, boolean mediaEnclosures) {

	public FeedChannel {
		people = List.copyOf(people);
	}

	/** @return whether this is a podcast: podcast tags, or an item with an audio or video enclosure */
	public boolean isPodcast() {
		return podcastTags || mediaEnclosures;
	}

}
