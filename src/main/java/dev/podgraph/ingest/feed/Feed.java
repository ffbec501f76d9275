package dev.podgraph.ingest.feed;

import java.util.List;

/**
 * A podcast feed read whole: the channel, its items, and what could not be read. Large feeds are better read item by
 * item with {@link FeedReader#open}.
 *
 * @param channel the channel
 * @param items the items read, in feed order
 * @param problems what was repaired or skipped, in words: a bad item, a date that cannot be read, a repaired syntax
 */
public record Feed(FeedChannel channel, List<FeedItem> items, List<String> problems) {

	public Feed {
		items = List.copyOf(items);
		problems = List.copyOf(problems);
	}

	/** @return the channel's title, or {@code null} */
	public String title() {
		return channel.title();
	}

	/** @return the channel's {@code podcast:person} tags */
	public List<FeedPerson> people() {
		return channel.people();
	}

	/** @return whether this is a podcast: podcast tags, or an item with an audio or video enclosure */
	public boolean isPodcast() {
		return channel.isPodcast();
	}

}
