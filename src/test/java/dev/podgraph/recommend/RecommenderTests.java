package dev.podgraph.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.Episodes;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.NodeRef;
import dev.podgraph.graph.SimilarEpisodes;
import dev.podgraph.search.EmbeddingPass;

/**
 * Related episodes and recommendations on small graphs made for each behaviour, written as ingest writes them.
 */
@PodgraphTest
class RecommenderTests {

	static final PodcastInfo OTHER_SHOW = new PodcastInfo("Other Show", "https://example.org/other-show",
			"Another podcast for tests", List.of(), null);

	@Autowired
	Recommender recommender;

	@Autowired
	EpisodeWriter writer;

	@Autowired
	TestGraph graph;

	@Autowired
	EmbeddingPass embeddings;

	@Autowired
	SimilarPass similar;

	@Autowired
	SimilarEpisodes lists;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@Test
	void aRareSharedTopicCountsAndATopicOnEveryEpisodeSaysNothing() {
		for (int n = 1; n <= 10; n++) {
			Episodes episode = Episodes.episode(n).topic("Data", "Data everywhere");
			if (n == 1 || n == 7) {
				episode.topic("Graph databases", "Why graph databases");
			}
			write(episode.build());
		}

		RelatedEpisodes related = recommender.related(key(1), 10).orElseThrow();

		assertThat(related.episodes().getFirst().episode().key()).isEqualTo(key(7));
		assertThat(related.episodes().getFirst().reasons()).contains(
				new Reason.SharedTopic(new NodeRef("graph-databases", "Graph databases"), rarity(10, 2)));
		assertThat(related.episodes()).flatExtracting(RelatedEpisode::reasons)
			.noneMatch(r -> r instanceof Reason.SharedTopic t && t.topic().key().equals("data"));
		assertThat(related.episodes()).extracting(RelatedEpisode::score)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(related.episodes()).extracting(r -> r.episode().key()).doesNotContain(key(1));
	}

	@Test
	void aSharedGuestIsAReasonAndTheShowsOwnHostIsNot() {
		write(Episodes.episode(1).host("Hana Host", "Host", "Test Studio").guest("Ada Guest", "CTO", "Acme").build());
		write(Episodes.episode(2).host("Hana Host", "Host", "Test Studio").build());
		write(Episodes.episode(3).podcast(OTHER_SHOW).guest("Ada Guest", "CTO", "Acme").build());

		RelatedEpisodes related = recommender.related(key(1), 10).orElseThrow();

		assertThat(related.episodes()).extracting(r -> r.episode().key()).startsWith(otherShowKey(3));
		assertThat(related.episodes().getFirst().reasons()).contains(new Reason.SameGuest(new NodeRef("ada-guest", "Ada Guest")));
		assertThat(related.episodes()).flatExtracting(RelatedEpisode::reasons)
			.noneMatch(r -> r instanceof Reason.SameGuest g && g.person().name().equals("Hana Host"));
	}

	@Test
	void recommendationsDoNotFillThePageWithOneGuest() {
		write(Episodes.episode(1).guest("Ada Guest", "CTO", "Acme").topic("Graph databases", "Graphs").build());
		for (int n = 2; n <= 6; n++) {
			write(Episodes.episode(n).guest("Ada Guest", "CTO", "Acme").topic("Graph databases", "Graphs").build());
		}
		for (int n = 7; n <= 9; n++) {
			write(Episodes.episode(n).podcast(OTHER_SHOW).topic("Graph databases", "More graphs").build());
		}
		// Enough other episodes that "Graph databases" is a rare topic, followed to find candidates.
		for (int n = 10; n <= 40; n++) {
			write(Episodes.episode(n).podcast(OTHER_SHOW).topic("Cooking", "Soup").build());
		}

		List<RelatedEpisode> related = recommender.related(key(1), 5).orElseThrow().episodes();
		List<RelatedEpisode> recommended = recommender.recommendations(key(1), 5).orElseThrow().episodes();

		assertThat(related).allMatch(r -> r.reasons().stream().anyMatch(Reason.SameGuest.class::isInstance));
		assertThat(recommended).hasSize(5);
		assertThat(recommended).filteredOn(r -> r.reasons().stream().anyMatch(Reason.SameGuest.class::isInstance))
			.hasSize(2);
		assertThat(recommended).filteredOn(r -> r.episode().podcast().key().equals("other-show"))
			.extracting(r -> r.episode().key())
			.containsExactlyInAnyOrder(otherShowKey(7), otherShowKey(8), otherShowKey(9));
		assertThat(recommended).extracting(r -> r.episode().key()).doesNotHaveDuplicates().doesNotContain(key(1));
		// The episode page reads both lists at once: the same lists.
		Recommender.Suggestions both = recommender.suggestions(key(1), 5, 5).orElseThrow();
		assertThat(both.related().episodes()).isEqualTo(related);
		assertThat(both.recommended().episodes()).isEqualTo(recommended);
	}

	@Test
	void theNextEpisodeOfTheSeasonIsRecommendedAndThePreviousOneIsNot() {
		for (int n = 1; n <= 3; n++) {
			write(Episodes.episode(n).published(LocalDate.of(2024, 1, 7 * n)).topic("The story", "Part " + n).build());
		}
		write(Episodes.episode(1).season(2).title("Season two opener").published(LocalDate.of(2024, 6, 1)).build());
		write(Episodes.episode(4).podcast(OTHER_SHOW).published(LocalDate.of(2024, 7, 1)).build());

		RelatedEpisodes related = recommender.related(key(2), 10).orElseThrow();
		RelatedEpisodes recommended = recommender.recommendations(key(2), 5).orElseThrow();

		assertThat(related.episodes()).filteredOn(r -> r.episode().key().equals(key(3)))
			.singleElement()
			.satisfies(r -> assertThat(r.reasons()).contains(new Reason.SeasonNeighbour(1, true)));
		assertThat(related.episodes()).filteredOn(r -> r.episode().key().equals(key(1)))
			.singleElement()
			.satisfies(r -> assertThat(r.reasons()).contains(new Reason.SeasonNeighbour(1, false)));
		assertThat(recommended.episodes()).extracting(r -> r.episode().key())
			.startsWith(key(3))
			.doesNotContain(key(1), key(2));
	}

	@Test
	void aNewEpisodeThatSharesNothingYetIsGivenTheNewestOnes() {
		write(Episodes.episode(1).published(LocalDate.of(2023, 1, 1)).topic("Cooking", "Soup").build());
		write(Episodes.episode(2).published(LocalDate.of(2023, 6, 1)).topic("Gardening", "Roses").build());
		write(Episodes.episode(5).podcast(OTHER_SHOW).published(LocalDate.of(2024, 3, 1)).topic("Sailing", "Knots").build());
		write(Episodes.episode(7).podcast(OTHER_SHOW).published(LocalDate.of(2024, 4, 1)).topic("Chess", "Openings").build());
		write(Episodes.episode(9).podcast(OTHER_SHOW).published(LocalDate.of(2024, 5, 1)).topic("Astronomy", "Stars").build());

		RelatedEpisodes recommended = recommender.recommendations(otherShowKey(9), 4).orElseThrow();

		// Its own podcast's newest first, then the catalogue's.
		assertThat(recommended.episodes()).extracting(r -> r.episode().key())
			.containsExactly(otherShowKey(7), otherShowKey(5), key(2), key(1));
		assertThat(recommended.episodes().getFirst().reasons())
			.containsExactly(new Reason.Newest(new NodeRef("other-show", "Other Show")));
		assertThat(recommended.episodes().get(2).reasons()).containsExactly(new Reason.Newest(null));
		assertThat(recommended.episodes().get(3).reasons()).containsExactly(new Reason.Newest(null));
	}

	@Test
	void listsAreComputedOnceAndANewEpisodeJoinsTheListsOfTheEpisodesItIsLike() {
		for (int n = 1; n <= 4; n++) {
			write(Episodes.episode(n).title("Graph databases, part " + n).topic("Graph databases", "Graphs " + n).build());
		}
		for (int n = 5; n <= 8; n++) {
			write(Episodes.episode(n).podcast(OTHER_SHOW).title("Cooking soup " + n).topic("Soup", "Soup " + n).build());
		}
		embeddings.catchUp();

		assertThat(similar.catchUp().episodes()).isEqualTo(8);
		assertThat(lists.pendingCount()).isZero();
		List<String> before = keys(recommender.related(key(1), 10).orElseThrow());
		assertThat(before).startsWith(key(2)).contains(key(3), key(4)).doesNotContain(otherShowKey(5));
		assertThat(graph.single("MATCH (:Episode {key: $key})-[s:SIMILAR]->() RETURN count(s)",
				java.util.Map.of("key", key(1))).asLong()).isEqualTo(before.size());

		// A new episode about graph databases on another show: its own list is computed, and it enters the list of
		// episode 1 without that list being computed again.
		write(Episodes.episode(9).podcast(OTHER_SHOW).title("Graph databases in practice")
			.topic("Graph databases", "Graphs in practice").guest("Ada Guest", "CTO", "Acme").build());
		embeddings.catchUp();

		assertThat(similar.catchUp().episodes()).isEqualTo(1);
		assertThat(keys(recommender.related(otherShowKey(9), 10).orElseThrow())).contains(key(1), key(2));
		RelatedEpisode joined = recommender.related(key(1), 10).orElseThrow().episodes()
			.stream()
			.filter(r -> r.episode().key().equals(otherShowKey(9)))
			.findFirst()
			.orElseThrow();
		assertThat(joined.reasons()).contains(new Reason.SharedTopic(new NodeRef("graph-databases", "Graph databases"),
				joined.reasons().stream().filter(Reason.SharedTopic.class::isInstance).map(Reason.SharedTopic.class::cast)
					.findFirst().orElseThrow().rarity()));

		// A changed episode waits for its list again, and is related at read time meanwhile.
		write(Episodes.episode(9).podcast(OTHER_SHOW).title("Graph databases in practice, revised")
			.topic("Graph databases", "Graphs in practice").build());
		assertThat(lists.pendingCount()).isOne();
		assertThat(keys(recommender.related(otherShowKey(9), 10).orElseThrow())).contains(key(1), key(2));
	}

	@Test
	void anUnknownEpisodeHasNothing() {
		assertThat(recommender.related("no-such-episode", 5)).isEmpty();
		assertThat(recommender.recommendations("no-such-episode", 5)).isEmpty();
		assertThat(recommender.suggestions("no-such-episode", 5, 5)).isEmpty();
	}

	private static List<String> keys(RelatedEpisodes related) {
		return related.episodes().stream().map(r -> r.episode().key()).toList();
	}

	private void write(ExtractedEpisode episode) {
		writer.write(episode);
	}

	private static double rarity(int episodes, int discussed) {
		return Math.round(Math.log((double) episodes / discussed) / Math.log(episodes) * 1000) / 1000.0;
	}

	static String key(int number) {
		return "test-talks:s1e" + number;
	}

	static String otherShowKey(int number) {
		return "other-show:s1e" + number;
	}

}
