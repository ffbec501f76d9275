package dev.podgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.EmbeddingStore;
import dev.podgraph.graph.EmbeddingStore.EpisodeVectors;
import dev.podgraph.graph.EmbeddingStore.PendingEpisode;
import dev.podgraph.graph.TopicVocabulary;
import dev.podgraph.graph.VocabularyTopic;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.Pages;

/**
 * The background embedding pass: what an ingest writes waits, marked in the graph, until a pass embeds it; a pass
 * catches up on everything that waits, whenever it runs; an episode that changes waits again.
 */
@PodgraphTest
class EmbeddingPassTests {

	@Autowired
	EmbeddingPass pass;

	@Autowired
	EmbeddingStore store;

	@Autowired
	PageImporter pages;

	@Autowired
	TopicVocabulary vocabulary;

	@Autowired
	Embedder embedder;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@Test
	void anIngestedEpisodeWaitsUntilAPassEmbedsItAndItsEvidence() {
		pages.importPage(Pages.seed(".txt"), null);
		assertThat(store.pending().episodes()).isEqualTo(1);
		assertThat(store.pending().topics()).isPositive();

		EmbeddingPass.Result result = pass.catchUp();

		assertThat(result.episodes()).isEqualTo(1);
		assertThat(store.pending().none()).isTrue();
		assertThat(graph.single("MATCH (e:Episode) RETURN size(e.embedding)", Map.of()).asInt())
			.isEqualTo(Embedder.DIMENSIONS);
		assertThat(graph.single("MATCH ()-[d:DISCUSSED]->() WHERE d.embedding IS NULL RETURN count(d)", Map.of())
			.asLong()).isZero();
		assertThat(graph.single("MATCH (t:Topic) WHERE t.embedding IS NULL RETURN count(t)", Map.of()).asLong())
			.isZero();
		// Nothing left: a second pass does nothing.
		assertThat(pass.catchUp().episodes()).isZero();
	}

	@Test
	void aPassCatchesUpOnlyOnWhatWasWrittenSinceTheLastOne() {
		pages.importPage(Pages.seed(".txt"), null);
		pass.catchUp();
		pages.importPage(Pages.page("another", """
				In Episode 2, of Season 1, of Data Talk, Sam Taylor is joined by Jo Bloggs, Analyst at Data Institute.
				- Crime mapping and public trust
				"""), null);

		assertThat(store.pending().episodes()).isEqualTo(1);
		assertThat(pass.catchUp().episodes()).isEqualTo(1);
		assertThat(store.pending().none()).isTrue();
	}

	@Test
	void anEpisodeThatChangedBetweenReadingAndWritingWaitsForTheNextPass() {
		pages.importPage(Pages.seed(".txt"), null);
		List<PendingEpisode> read = store.pendingEpisodes(10, true);
		// The episode is written again, with other show notes, while its old text is being embedded.
		graph.driver()
			.executableQuery("MATCH (e:Episode) SET e.summary = 'Changed since', e.contentHash = 'another'")
			.execute();

		float[] vector = embedder.embed(read.getFirst().text());
		long saved = store.saveEpisodes(List.of(new EpisodeVectors(read.getFirst(), vector, Map.of())));

		assertThat(saved).isZero();
		assertThat(store.pending().episodes()).isEqualTo(1);
	}

	@Test
	void aTopicWhoseWordingsChangeIsEmbeddedAgain() {
		vocabulary.sync(List.of(new VocabularyTopic("ethics", "ethics", List.of("ethical"), List.of())));
		pass.catchUp();
		assertThat(store.pending().topics()).isZero();

		vocabulary.sync(List.of(new VocabularyTopic("ethics", "ethics", List.of("ethical", "morals"), List.of())));

		assertThat(store.pending().topics()).isEqualTo(1);
		assertThat(pass.catchUp().topics()).isEqualTo(1);
	}

}
