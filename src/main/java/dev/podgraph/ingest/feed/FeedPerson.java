package dev.podgraph.ingest.feed;

import java.util.Locale;

/**
 * A {@code podcast:person} tag. Role and group are compared in lower case; a missing role is "host" and a missing
 * group "cast", as the Podcasting 2.0 namespace says.
 *
 * @param name the person's name
 * @param role their role ("host", "guest", "producer", ...), in lower case
 * @param group their group ("cast", "writing", ...), in lower case
 * @param href a page about them, or {@code null}
 * @param img a picture of them, or {@code null}
 */
public record FeedPerson(String name, String role, String group, String href, String img) {

	public FeedPerson {
		role = role == null || role.isBlank() ? "host" : role.strip().toLowerCase(Locale.ROOT);
		group = group == null || group.isBlank() ? "cast" : group.strip().toLowerCase(Locale.ROOT);
	}

}
