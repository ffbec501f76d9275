package dev.podgraph.graph;

import java.util.List;

/**
 * An organisation with its neighbours.
 *
 * @param key the organisation's key
 * @param name its name
 * @param aliases other names it is known by
 * @param people people who work there, with their titles
 * @param sponsored episodes it sponsored, newest first
 * @param produces podcasts it produces
 * @param mentionedIn episodes that mentioned it, newest first
 */
public record OrganisationDetail(String key, String name, List<String> aliases, List<Member> people,
		List<EpisodeRef> sponsored, List<NodeRef> produces, List<EpisodeRef> mentionedIn) {

	/**
	 * A person who works at the organisation.
	 * @param person the person
	 * @param title their latest title there, or {@code null}
	 */
	public record Member(NodeRef person, String title) {
	}

}
