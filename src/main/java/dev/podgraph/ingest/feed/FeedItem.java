package dev.podgraph.ingest.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of a feed, as read.
 *
 * @param position its place in the feed, from 1
 * @param guid its GUID (or Atom id), or {@code null}
 * @param title its title, or {@code null}
 * @param itunesTitle {@code itunes:title}, the title without numbering, or {@code null}
 * @param link its web page, or {@code null}
 * @param enclosureUrl the media file, or {@code null}
 * @param enclosureType the media type of the enclosure, or {@code null}
 * @param published the publication date when it could be read, else {@code null}
 * @param publishedRaw the publication date as the feed wrote it, or {@code null}
 * @param season {@code podcast:season} or {@code itunes:season}, or {@code null}
 * @param seasonName the {@code name} of {@code podcast:season}, or {@code null}
 * @param episode {@code podcast:episode} (may be decimal) or {@code itunes:episode}, or {@code null}
 * @param episodeDisplay the {@code display} of {@code podcast:episode}, or {@code null}
 * @param episodeType {@code itunes:episodeType}: full, trailer or bonus, or {@code null}
 * @param author {@code itunes:author}, or {@code null}
 * @param description its description (may be HTML), or {@code null}
 * @param content {@code content:encoded} (HTML), or {@code null}
 * @param people its {@code podcast:person} tags; empty means the channel's
 * @param transcripts the URLs of its {@code podcast:transcript} tags
 * @param chapters the URL of its {@code podcast:chapters}, or {@code null}
 * @param keywords its {@code itunes:keywords} and categories, as the feed gives them
 */
public record FeedItem(int position, String guid, String title, String itunesTitle, String link, String enclosureUrl,
		String enclosureType, LocalDate published, String publishedRaw, Integer season, String seasonName,
		BigDecimal episode, String episodeDisplay, String episodeType, String author, String description, String content,
		List<FeedPerson> people, List<String> transcripts, String chapters, List<String> keywords) {

	public FeedItem {
		people = List.copyOf(people);
		transcripts = List.copyOf(transcripts);
		keywords = List.copyOf(keywords);
	}

}
