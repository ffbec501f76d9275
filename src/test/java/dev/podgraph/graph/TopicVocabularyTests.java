package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * The topic vocabulary in the graph: Topic nodes with their synonyms and BROADER links, made to match the taxonomy
 * file on every start, without losing what episodes discussed.
 */
@PodgraphTest
class TopicVocabularyTests {

	static final VocabularyTopic ETHICS = new VocabularyTopic("ethics", "ethics", List.of("ethical"), List.of());

	static final VocabularyTopic AI_ETHICS = new VocabularyTopic("ai-ethics", "AI ethics", List.of("responsible AI"),
			List.of("ethics"));

	static final VocabularyTopic BIAS = new VocabularyTopic("bias", "bias", List.of("fairness"), List.of("ai-ethics"));

	@Autowired
	TopicVocabulary vocabulary;

	@Autowired
	EpisodeWriter writer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@Test
	void theVocabularyBecomesTopicsWithBroaderLinks() {
		vocabulary.sync(List.of(ETHICS, AI_ETHICS, BIAS));

		assertThat(graph.countNodes("Topic")).isEqualTo(3);
		assertThat(catalogue.topic("ai-ethics").orElseThrow().broader()).extracting(NodeRef::key).containsExactly("ethics");
		assertThat(catalogue.topic("ethics").orElseThrow().narrower()).extracting(NodeRef::key).containsExactly("ai-ethics");
		assertThat(catalogue.topic("bias").orElseThrow().synonyms()).containsExactly("fairness");
		// Syncing again changes nothing.
		var before = graph.snapshot();
		vocabulary.sync(List.of(ETHICS, AI_ETHICS, BIAS));
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void aTopicLeavingTheVocabularyStaysACandidateWhileEpisodesDiscussItAndGoesOtherwise() {
		vocabulary.sync(List.of(ETHICS, AI_ETHICS, BIAS));
		writer.write(Episodes.episode(1).topic("bias", "Testing models for bias").build());

		vocabulary.sync(List.of(ETHICS));

		assertThat(catalogue.topic("ai-ethics")).isEmpty();
		TopicDetail bias = catalogue.topic("bias").orElseThrow();
		assertThat(bias.candidate()).isTrue();
		assertThat(bias.broader()).isEmpty();
		assertThat(bias.episodeCount()).isEqualTo(1);
	}

	@Test
	void aCandidateThatJoinsTheVocabularyIsTheSameTopic() {
		writer.write(Episodes.episode(1).candidateTopic("crime mapping", "Crime mapping at scale").build());
		assertThat(catalogue.topic("crime-mapping").orElseThrow().candidate()).isTrue();

		vocabulary.sync(List.of(new VocabularyTopic("crime-mapping", "crime mapping", List.of(), List.of())));

		TopicDetail promoted = catalogue.topic("crime-mapping").orElseThrow();
		assertThat(promoted.candidate()).isFalse();
		assertThat(promoted.episodeCount()).isEqualTo(1);
		assertThat(graph.single("MATCH (t:Topic {key: 'crime-mapping'}) RETURN t.vocabulary", Map.of()).asBoolean())
			.isTrue();
	}

}
