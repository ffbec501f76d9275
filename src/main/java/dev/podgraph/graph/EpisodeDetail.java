package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * An episode with its neighbours.
 *
 * @param key the episode's key
 * @param title its title
 * @param season the season number, or {@code null}
 * @param number the episode number, or {@code null}
 * @param published the publication date, or {@code null}
 * @param guid the feed's GUID, or {@code null}
 * @param url the episode's web page, or {@code null}
 * @param summary its description, or {@code null}
 * @param podcast the podcast it belongs to
 * @param people its guests and hosts
 * @param sponsors organisations that sponsored it
 * @param topics what it discussed, with the show-notes lines that say so
 * @param mentions people and organisations it mentioned
 * @param crew people credited for it who did not appear on it
 * @param media what its feed says beyond its page (media file, episode type, transcripts, ...), or {@code null} for
 * an episode read from a page
 */
public record EpisodeDetail(String key, String title, Integer season, Integer number, LocalDate published,
		String guid, String url, String summary, NodeRef podcast, List<Credit> people, List<NodeRef> sponsors,
		List<DiscussedTopic> topics, List<Mentioned> mentions, List<CrewMember> crew, Media media) {

	/**
	 * A person who appeared on the episode.
	 * @param person the person
	 * @param role guest or host
	 * @param title their title as introduced on this episode, or {@code null}
	 * @param organisation their organisation as introduced on this episode, or {@code null}
	 */
	public record Credit(NodeRef person, Role role, String title, NodeRef organisation) {
	}

	/**
	 * A person credited for the episode.
	 * @param person the person
	 * @param role what they did ("producer", "cover art designer")
	 * @param group the kind of work ("visuals"), or {@code null}
	 */
	public record CrewMember(NodeRef person, String role, String group) {
	}

	/**
	 * What the episode's feed says beyond its page.
	 * @param enclosureUrl the media file, or {@code null}
	 * @param enclosureType its media type, or {@code null}
	 * @param episodeType full, trailer or bonus, or {@code null}
	 * @param seasonName the season's name, or {@code null}
	 * @param episodeNumber the episode number as written (may be decimal), or {@code null}
	 * @param episodeDisplay how the number is shown, or {@code null}
	 * @param publishedRaw the publication date as the feed wrote it, or {@code null}
	 * @param transcripts the URLs of its transcripts
	 * @param chapters the URL of its chapters, or {@code null}
	 */
	public record Media(String enclosureUrl, String enclosureType, String episodeType, String seasonName,
			String episodeNumber, String episodeDisplay, String publishedRaw, List<String> transcripts, String chapters) {
	}

	/**
	 * A topic the episode discussed.
	 * @param topic the topic
	 * @param evidence the show-notes lines it came from
	 */
	public record DiscussedTopic(NodeRef topic, List<String> evidence) {
	}

	/**
	 * A person or organisation the episode mentioned.
	 * @param kind {@code PERSON} or {@code ORGANISATION}
	 * @param target who or what was mentioned
	 */
	public record Mentioned(ExtractedEpisode.Mention.Kind kind, NodeRef target) {
	}

}
