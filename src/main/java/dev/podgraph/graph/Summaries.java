package dev.podgraph.graph;

/**
 * The items of the paged lists of people, organisations, topics and podcasts.
 */
public final class Summaries {

	private Summaries() {
	}

	/**
	 * A person in a list.
	 * @param key the person's key
	 * @param name their name
	 * @param appearances how many episodes they appeared on
	 */
	public record PersonSummary(String key, String name, long appearances) {
	}

	/**
	 * An organisation in a list.
	 * @param key the organisation's key
	 * @param name its name
	 * @param people how many people work there
	 * @param sponsored how many episodes it sponsored
	 */
	public record OrganisationSummary(String key, String name, long people, long sponsored) {
	}

	/**
	 * A topic in a list.
	 * @param key the topic's key
	 * @param name its name
	 * @param episodes how many episodes discussed it
	 */
	public record TopicSummary(String key, String name, long episodes) {
	}

	/**
	 * A podcast in a list.
	 * @param key the podcast's key
	 * @param title its title
	 * @param episodes how many of its episodes the graph holds
	 */
	public record PodcastSummary(String key, String title, long episodes) {
	}

}
