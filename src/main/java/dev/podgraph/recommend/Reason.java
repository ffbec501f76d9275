package dev.podgraph.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dev.podgraph.graph.NodeRef;

/**
 * Why an episode is related to another, or recommended after it: as data, for pages and clients to show in their own
 * words, and with {@link #text()} for those that show ours.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Reason.SharedTopic.class, name = "SHARED_TOPIC"),
		@JsonSubTypes.Type(value = Reason.SameGuest.class, name = "SAME_GUEST"),
		@JsonSubTypes.Type(value = Reason.SameOrganisation.class, name = "SAME_ORGANISATION"),
		@JsonSubTypes.Type(value = Reason.SameSponsor.class, name = "SAME_SPONSOR"),
		@JsonSubTypes.Type(value = Reason.SamePodcast.class, name = "SAME_PODCAST"),
		@JsonSubTypes.Type(value = Reason.SeasonNeighbour.class, name = "SEASON_NEIGHBOUR"),
		@JsonSubTypes.Type(value = Reason.SimilarContent.class, name = "SIMILAR_CONTENT"),
		@JsonSubTypes.Type(value = Reason.Newest.class, name = "NEWEST") })
public sealed interface Reason {

	/** @return the reason in a few words, for a listener ("also about bias", "Aimee Smith was on this one too") */
	@JsonProperty("text")
	String text();

	/**
	 * Both discussed a topic.
	 * @param topic the topic
	 * @param rarity how rare it is in the catalogue, from 0 (on every episode) to 1 (on these two only)
	 */
	record SharedTopic(NodeRef topic, double rarity) implements Reason {

		@Override
		public String text() {
			return "also about " + topic.name();
		}

	}

	/**
	 * A person appeared on both (as a guest on at least one of them).
	 * @param person the person
	 */
	record SameGuest(NodeRef person) implements Reason {

		@Override
		public String text() {
			return person.name() + " was on this one too";
		}

	}

	/**
	 * Both had a guest from the same organisation.
	 * @param organisation the organisation
	 */
	record SameOrganisation(NodeRef organisation) implements Reason {

		@Override
		public String text() {
			return "also a guest from " + organisation.name();
		}

	}

	/**
	 * The same organisation sponsored both.
	 * @param sponsor the sponsor
	 */
	record SameSponsor(NodeRef sponsor) implements Reason {

		@Override
		public String text() {
			return "also sponsored by " + sponsor.name();
		}

	}

	/**
	 * Both belong to the same podcast.
	 * @param podcast the podcast
	 */
	record SamePodcast(NodeRef podcast) implements Reason {

		@Override
		public String text() {
			return "also from " + podcast.name();
		}

	}

	/**
	 * The next or the previous episode of the same season.
	 * @param season the season
	 * @param next whether it comes after (else before)
	 */
	record SeasonNeighbour(int season, boolean next) implements Reason {

		@Override
		public String text() {
			return (next ? "the next episode" : "the previous episode") + " of season " + season;
		}

	}

	/**
	 * The two episodes' titles and summaries are near in meaning.
	 * @param similarity the cosine similarity of their embeddings, from -1 to 1
	 */
	record SimilarContent(double similarity) implements Reason {

		@Override
		public String text() {
			return "similar content";
		}

	}

	/**
	 * Recommended because it is new, when too little is related yet (a new episode shares little).
	 * @param podcast its podcast, when it is the same podcast's; else {@code null}
	 */
	record Newest(NodeRef podcast) implements Reason {

		@Override
		public String text() {
			return podcast == null ? "new in the catalogue" : "new from " + podcast.name();
		}

	}

}
