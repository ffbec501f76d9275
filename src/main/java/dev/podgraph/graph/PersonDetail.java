package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * A person with their neighbours.
 *
 * @param key the person's key
 * @param name their name
 * @param link a page about them, or {@code null}
 * @param image a picture of them, or {@code null}
 * @param worksAt where they work, each with the latest title seen
 * @param appearances the episodes they appeared on, newest first
 * @param credits the episodes they are credited for without appearing, newest first
 * @param hosts the podcasts they host
 * @param mentionedIn episodes that mentioned them, newest first
 */
public record PersonDetail(String key, String name, String link, String image, List<Employment> worksAt,
		List<Appearance> appearances, List<Credit> credits, List<NodeRef> hosts, List<EpisodeRef> mentionedIn) {

	/**
	 * Where a person works.
	 * @param organisation the organisation
	 * @param title the title seen on the most recently published episode, or {@code null}
	 * @param lastSeen the publication date of that episode, or {@code null}
	 */
	public record Employment(NodeRef organisation, String title, LocalDate lastSeen) {
	}

	/**
	 * An episode a person is credited for.
	 * @param episode the episode
	 * @param role what they did
	 * @param group the kind of work, or {@code null}
	 */
	public record Credit(EpisodeRef episode, String role, String group) {
	}

	/**
	 * An episode a person appeared on.
	 * @param episode the episode
	 * @param role guest or host
	 * @param title their title as introduced on that episode, or {@code null}
	 * @param organisation their organisation as introduced on that episode, or {@code null}
	 */
	public record Appearance(EpisodeRef episode, Role role, String title, NodeRef organisation) {
	}

}
