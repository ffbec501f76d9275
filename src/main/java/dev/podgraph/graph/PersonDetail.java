package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * A person with their neighbours.
 *
 * @param key the person's key
 * @param name their name
 * @param worksAt where they work, each with the latest title seen
 * @param appearances the episodes they appeared on, newest first
 * @param hosts the podcasts they host
 * @param mentionedIn episodes that mentioned them, newest first
 */
public record PersonDetail(String key, String name, List<Employment> worksAt, List<Appearance> appearances,
		List<NodeRef> hosts, List<EpisodeRef> mentionedIn) {

	/**
	 * Where a person works.
	 * @param organisation the organisation
	 * @param title the title seen on the most recently published episode, or {@code null}
	 * @param lastSeen the publication date of that episode, or {@code null}
	 */
	public record Employment(NodeRef organisation, String title, LocalDate lastSeen) {
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
