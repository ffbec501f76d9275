package dev.podgraph.recommend;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How related episodes are scored and found, and how recommendations are picked among them. The defaults were chosen
 * on the evaluation set of related episodes ({@code RelatedEvaluationTests}); the README shows their effect.
 *
 * @param weights how much each thing two episodes share counts
 * @param bounds how far the search for candidates goes: what keeps it fast on a large catalogue
 * @param recommendations how the page's list is made from the related episodes
 * @param lists how each episode's list of similar episodes is precomputed
 */
@ConfigurationProperties("podgraph.recommend")
public record RecommendProperties(@DefaultValue Weights weights, @DefaultValue Bounds bounds,
		@DefaultValue Recommendations recommendations, @DefaultValue Lists lists) {

	/**
	 * Each episode's related episodes are computed once its embedding is in and stored as {@code SIMILAR}
	 * relationships, so that a page reads one short list; a new episode is offered to the lists of those on its own.
	 *
	 * @param background whether the server computes the lists of what is ingested in the background (off, they wait
	 * until a pass is run, and episodes without one are related at read time)
	 * @param interval how long the background pass waits between two looks for episodes waiting for their list
	 * @param batchSize how many episodes the pass takes at a time
	 * @param length how many similar episodes each list keeps (recommendations pick from them)
	 */
	public record Lists(@DefaultValue("true") boolean background, @DefaultValue("5s") Duration interval,
			@DefaultValue("32") int batchSize, @DefaultValue("30") int length) {
	}

	/**
	 * Each signal is from 0 to 1 before its weight; a related episode's score is their weighted sum.
	 *
	 * @param topics shared topics: the share of this episode's topics (each weighed by how rare it is, the inverse
	 * document frequency) that the other one discussed too
	 * @param guest a person both episodes had on (a guest on either; hosts of the same podcast do not count)
	 * @param organisation a guest from the same organisation
	 * @param sponsor a shared sponsor, weighed by how rare the sponsor is
	 * @param podcast the same podcast
	 * @param neighbour the next or previous episode of the same season
	 * @param content similar content: the embeddings of the two episodes' titles and summaries
	 * @param candidateTopic how much a candidate topic (outside the vocabulary) counts against a vocabulary topic
	 * @param contentFloor the cosine similarity at and below which content says nothing (all-MiniLM-L6-v2); it grows
	 * to full strength at 0.85
	 */
	public record Weights(@DefaultValue("0.5") double topics, @DefaultValue("0.6") double guest,
			@DefaultValue("0.3") double organisation, @DefaultValue("0.1") double sponsor,
			@DefaultValue("0.1") double podcast, @DefaultValue("0.4") double neighbour,
			@DefaultValue("1.6") double content, @DefaultValue("0.5") double candidateTopic,
			@DefaultValue("0.3") double contentFloor) {
	}

	/**
	 * @param maxTopicShare topics discussed by more than this share of all episodes (and by more than
	 * {@code perTopic}) are not followed to find candidates (a topic on every episode says nothing), though they still
	 * count when shared
	 * @param maxTopics the most topics followed, rarest first
	 * @param perTopic the most episodes read per topic followed (those with the most lines about it)
	 * @param byTopics the most candidates kept from topics, those sharing the rarest ones
	 * @param perPerson the most episodes read per person on the episode
	 * @param perOrganisation the most episodes read per organisation of a guest and per sponsor
	 * @param nearEpisodes how many episodes nearest in meaning are candidates
	 */
	public record Bounds(@DefaultValue("0.25") double maxTopicShare, @DefaultValue("12") int maxTopics,
			@DefaultValue("100") int perTopic, @DefaultValue("60") int byTopics, @DefaultValue("30") int perPerson,
			@DefaultValue("20") int perOrganisation, @DefaultValue("20") int nearEpisodes) {
	}

	/**
	 * @param diversity maximal marginal relevance: how much an episode too like one already picked loses, from 0 (a
	 * plain ranking) to 1 (only difference counts)
	 * @param freshness how much a new episode gains: at most this share of its score, halving every
	 * {@code freshnessHalfLife}
	 * @param freshnessHalfLife the age at which an episode gains half of {@code freshness}
	 * @param pool how many related episodes recommendations are picked from
	 * @param perGuest the most recommendations that share one guest with the episode (the newest episodes fill the
	 * list rather than a third episode with the same guest)
	 */
	public record Recommendations(@DefaultValue("0.3") double diversity, @DefaultValue("0.1") double freshness,
			@DefaultValue("365d") Duration freshnessHalfLife, @DefaultValue("30") int pool,
			@DefaultValue("2") int perGuest) {
	}

}
