package dev.podgraph.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.podgraph.FixtureCatalogue;
import dev.podgraph.PodgraphTest;
import dev.podgraph.recommend.RelatedEvaluation.Judged;
import dev.podgraph.recommend.RelatedEvaluation.Scores;

/**
 * Related episodes and recommendations on the catalogue of the real fixtures: the seed episode's through the API,
 * and the hand-judged evaluation set, which prints the table the README shows and holds podgraph above the floor
 * measured and above every simple baseline.
 */
@PodgraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedEvaluationTests {

	/** Measured 2026-11-28 (related episodes, nDCG@5 0.805), less the rounding; a change that lowers it fails. */
	static final double FLOOR_NDCG_5 = 0.80;

	static final String SEED = "driven-by-data-the-podcast:s4e9";

	@Autowired
	FixtureCatalogue fixtures;

	@Autowired
	Recommender recommender;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	RelatedQueries queries;

	@Autowired
	RecommendProperties properties;

	@Autowired
	RestTestClient http;

	@BeforeAll
	void ingestTheFixtures() {
		fixtures.load();
	}

	@Test
	void relatedEpisodesBeatEveryBaselineAndStayAboveTheFloorMeasured() {
		List<Judged> judged = RelatedEvaluation.resolve(RelatedEvaluation.queries(), titles());
		assertThat(judged).hasSizeGreaterThanOrEqualTo(25);

		Scores related = RelatedEvaluation.score("podgraph: related episodes", this::related, judged);
		Scores recommended = RelatedEvaluation.score("podgraph: recommendations", this::recommended, judged);
		Scores graphOnly = RelatedEvaluation.score("podgraph: related, graph only (no embeddings)", this::graphOnly,
				judged);
		List<Scores> baselines = List.of(RelatedEvaluation.score("baseline: newest in the catalogue", this::newest, judged),
				RelatedEvaluation.score("baseline: same podcast, nearest in date", this::samePodcast, judged),
				RelatedEvaluation.score("baseline: most shared topics", this::sharedTopics, judged));
		List<Scores> all = new ArrayList<>(List.of(related, recommended, graphOnly));
		all.addAll(baselines);
		System.out.println(RelatedEvaluation.table(all, judged.size()));

		assertThat(related.ndcg5()).isGreaterThanOrEqualTo(FLOOR_NDCG_5);
		for (Scores baseline : baselines) {
			assertThat(related.ndcg5()).as("against %s", baseline.name()).isGreaterThan(baseline.ndcg5());
		}
	}

	@Test
	void theSeedEpisodeHasRelatedAndRecommendedEpisodesWithReasonsThroughTheApi() {
		for (String list : List.of("related", "recommendations")) {
			http.get()
				.uri("/api/episodes/{key}/{list}?limit=5", SEED, list)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.of.key").isEqualTo(SEED)
				.jsonPath("$.of.title").isEqualTo("Building Trust; The Power of Prediction")
				.jsonPath("$.episodes.length()").isEqualTo(5)
				.jsonPath("$.episodes[0].episode.key").value(String.class, key -> assertThat(key).isNotEqualTo(SEED))
				.jsonPath("$.episodes[0].score").value(Double.class, score -> assertThat(score).isPositive())
				.jsonPath("$.episodes[*].reasons[*].type").value(List.class, types -> assertThat(types).isNotEmpty())
				.jsonPath("$.episodes[0].reasons[0].text").value(String.class, text -> assertThat(text).isNotBlank());
		}
		// A shared topic names the topic; the seed shares policing and crime with Serial's first season.
		http.get()
			.uri("/api/episodes/{key}/related?limit=10", SEED)
			.exchange()
			.expectBody()
			.jsonPath("$.episodes[*].reasons[?(@.type == 'SHARED_TOPIC')].topic.name")
			.value(List.class, names -> assertThat(names).isNotEmpty());
	}

	@Test
	void anotherAppearanceOfTheGuestComesFirstWithItsReason() {
		String spendStack = RelatedEvaluation.resolve(
				List.of(new RelatedEvaluation.Query("8: Spend Stack - Jordan Morgan", Map.of())), titles())
			.getFirst()
			.episode();

		RelatedEpisode first = recommender.related(spendStack, 5).orElseThrow().episodes().getFirst();

		assertThat(first.episode().title()).startsWith("18: Dark Noise 2 & Spend Stack 1.2 with Jordan Morgan");
		assertThat(first.reasons()).anySatisfy(reason -> assertThat(reason).isInstanceOfSatisfying(
				Reason.SameGuest.class, guest -> assertThat(guest.person().name()).isEqualTo("Jordan Morgan")));
	}

	@Test
	void anUnknownEpisodeIsNotFoundAndABadLimitIsABadRequest() {
		for (String list : List.of("related", "recommendations")) {
			http.get().uri("/api/episodes/no-such-episode/{list}", list).exchange().expectStatus().isNotFound()
				.expectBody().jsonPath("$.title").isEqualTo("Episode not found");
			http.get().uri("/api/episodes/{key}/{list}?limit=0", SEED, list).exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].parameter").isEqualTo("limit");
			http.get().uri("/api/episodes/{key}/{list}?limit=51", SEED, list).exchange().expectStatus().isBadRequest();
			http.get().uri("/api/episodes/{key}/{list}?limit=many", SEED, list).exchange().expectStatus().isBadRequest();
		}
	}

	private List<String> related(String episode, int k) {
		return recommender.related(episode, k).orElseThrow().episodes().stream().map(r -> r.episode().key()).toList();
	}

	private List<String> recommended(String episode, int k) {
		return recommender.recommendations(episode, k).orElseThrow().episodes().stream().map(r -> r.episode().key()).toList();
	}

	/** Related episodes scored without the content signal: what the graph alone gives. */
	private List<String> graphOnly(String episode, int k) {
		RecommendProperties.Weights w = properties.weights();
		Similarity withoutContent = new Similarity(new RecommendProperties.Weights(w.topics(), w.guest(),
				w.organisation(), w.sponsor(), w.podcast(), w.neighbour(), 0, w.candidateTopic(), w.contentFloor()));
		return withoutContent.score(queries.neighbourhood(episode).orElseThrow())
			.stream()
			.limit(k)
			.map(s -> s.episode().key())
			.toList();
	}

	private List<String> newest(String episode, int k) {
		return keys("""
				MATCH (c:Episode) WHERE c.key <> $key AND c.published IS NOT NULL
				RETURN c.key AS key ORDER BY c.published DESC, c.key LIMIT $k""", episode, k);
	}

	private List<String> samePodcast(String episode, int k) {
		return keys("""
				MATCH (e:Episode {key: $key})-[:PART_OF]->(:Podcast)<-[:PART_OF]-(c:Episode) WHERE c <> e
				RETURN c.key AS key
				ORDER BY CASE WHEN e.published IS NULL OR c.published IS NULL THEN 1000000
				              ELSE abs(duration.inDays(e.published, c.published).days) END, c.key
				LIMIT $k""", episode, k);
	}

	private List<String> sharedTopics(String episode, int k) {
		return keys("""
				MATCH (e:Episode {key: $key})-[:DISCUSSED]->(t:Topic)<-[:DISCUSSED]-(c:Episode) WHERE c <> e
				WITH c, count(t) AS shared
				RETURN c.key AS key ORDER BY shared DESC, c.published DESC, c.key LIMIT $k""", episode, k);
	}

	private List<String> keys(String cypher, String episode, int k) {
		return List.copyOf(neo4j.query(cypher).bind(episode).to("key").bind(k).to("k").fetchAs(String.class).all());
	}

	private Map<String, String> titles() {
		Map<String, String> titles = new LinkedHashMap<>();
		neo4j.query("MATCH (e:Episode) WHERE e.title IS NOT NULL RETURN e.key AS key, e.title AS title")
			.fetch()
			.all()
			.forEach(row -> titles.put((String) row.get("key"), (String) row.get("title")));
		return titles;
	}


}
