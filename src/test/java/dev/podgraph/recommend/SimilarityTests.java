package dev.podgraph.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.Role;
import dev.podgraph.recommend.RelatedQueries.Candidate;
import dev.podgraph.recommend.RelatedQueries.Neighbourhood;
import dev.podgraph.recommend.RelatedQueries.OwnPerson;
import dev.podgraph.recommend.RelatedQueries.OwnTopic;
import dev.podgraph.recommend.RelatedQueries.SharedPerson;
import dev.podgraph.recommend.Similarity.Scored;

/**
 * The scoring alone, on neighbourhoods made by hand: rarity, candidate topics, hosts, the content floor, and the
 * diversified list.
 */
class SimilarityTests {

	static final NodeRef SHOW = new NodeRef("show", "Show");

	static final NodeRef OTHER = new NodeRef("other", "Other");

	final RecommendProperties.Weights weights = new RecommendProperties.Weights(0.5, 0.6, 0.3, 0.1, 0.1, 0.4, 1.6,
			0.5, 0.3);

	final Similarity similarity = new Similarity(weights);

	@Test
	void aRareTopicOutweighsAVocabularyOneOnEveryEpisodeAndACandidateTopicCountsLess() {
		Neighbourhood episode = neighbourhood(List.of(topic("ethics", false, 2), topic("data", false, 100),
				topic("ethics-boards", true, 2)), List.of(),
				List.of(candidate("a", OTHER, List.of("ethics")), candidate("b", OTHER, List.of("ethics-boards")),
						candidate("c", OTHER, List.of("data"))));

		List<Scored> scored = similarity.score(episode);

		assertThat(scored).extracting(s -> s.episode().key()).containsExactly("a", "b");
		assertThat(scored.get(0).score()).isCloseTo(2 * scored.get(1).score(), within(0.002));
		assertThat(scored.get(0).reasons()).containsExactly(new Reason.SharedTopic(new NodeRef("ethics", "ethics"),
				Similarity.round(Math.log(50) / Math.log(100))));
	}

	@Test
	void theShowsOwnHostIsNoReasonButAGuestIs() {
		Neighbourhood episode = neighbourhood(List.of(),
				List.of(new OwnPerson(new NodeRef("hana", "Hana"), Role.HOST), new OwnPerson(new NodeRef("ada", "Ada"), Role.GUEST)),
				List.of(new Candidate(ref("same-show", SHOW, 5), List.of(), 0, List.of(new SharedPerson("hana", Role.HOST)),
						List.of(), List.of(), null),
						new Candidate(ref("elsewhere", OTHER, 2), List.of(), 0,
								List.of(new SharedPerson("hana", Role.GUEST), new SharedPerson("ada", Role.GUEST)),
								List.of(), List.of(), null)));

		List<Scored> scored = similarity.score(episode);

		assertThat(scored.get(0).episode().key()).isEqualTo("elsewhere");
		assertThat(scored.get(0).reasons()).containsExactly(new Reason.SameGuest(new NodeRef("hana", "Hana")),
				new Reason.SameGuest(new NodeRef("ada", "Ada")));
		assertThat(scored.get(1).reasons()).containsExactly(new Reason.SamePodcast(SHOW));
	}

	@Test
	void contentBelowTheFloorSaysNothingAndAboveItGrowsToFullStrength() {
		Neighbourhood episode = neighbourhood(List.of(), List.of(),
				List.of(similar("far", 0.3), similar("near", 0.575), similar("same", 0.95)));

		List<Scored> scored = similarity.score(episode);

		assertThat(scored).extracting(s -> s.episode().key()).containsExactly("same", "near");
		assertThat(scored).extracting(Scored::score).containsExactly(1.6, 0.8);
		assertThat(scored.get(1).reasons()).containsExactly(new Reason.SimilarContent(0.575));
	}

	@Test
	void theDiversifiedListTakesAtMostTwoEpisodesOfOneGuest() {
		List<Scored> ranked = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ranked.add(new Scored(new Candidate(ref("ada-" + i, OTHER, i), List.of(), 0,
					List.of(new SharedPerson("ada", Role.GUEST)), List.of(), List.of(), null), 2.0 - i * 0.01, List.of()));
		}
		ranked.add(new Scored(candidate("other", SHOW, List.of("x")), 0.5, List.of()));

		List<Scored> picked = new Diversifier(0.3, 2).pick(ranked, 5);

		assertThat(picked).extracting(s -> s.episode().key()).containsExactly("ada-0", "ada-1", "other");
		assertThat(new Diversifier(0, 10).pick(ranked, 3)).extracting(s -> s.episode().key())
			.containsExactly("ada-0", "ada-1", "ada-2");
	}

	static Neighbourhood neighbourhood(List<OwnTopic> topics, List<OwnPerson> people, List<Candidate> candidates) {
		return new Neighbourhood(ref("this", SHOW, 1), 100, topics, people, List.of(), List.of(), candidates);
	}

	static OwnTopic topic(String key, boolean candidate, long episodes) {
		return new OwnTopic(new NodeRef(key, key), candidate, episodes);
	}

	static Candidate candidate(String key, NodeRef podcast, List<String> topics) {
		return new Candidate(ref(key, podcast, 5), topics, topics.size(), List.of(), List.of(), List.of(), null);
	}

	static Candidate similar(String key, double similarity) {
		return new Candidate(ref(key, OTHER, 5), List.of(), 0, List.of(), List.of(), List.of(), similarity);
	}

	static EpisodeRef ref(String key, NodeRef podcast, int number) {
		return new EpisodeRef(key, key, 1, number, LocalDate.of(2024, 1, 1).plusDays(number), podcast);
	}

}
