package dev.podgraph.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.podgraph.topics.TopicExtractor.TopicMatch;

class TopicExtractorTests {

	static final TopicExtractor extractor = new TopicExtractor(Taxonomy.standard());

	static List<String> keys(String text) {
		return extractor.topicsOf(text).stream().map(TopicMatch::key).toList();
	}

	@Test
	void findsBiasAndEthicsInAnyWording() {
		assertThat(keys("Tackling bias and ethics as an organisation that people love to scrutinise")).contains("bias",
				"ethics");
		assertThat(keys("Choosing not to deploy certain solutions due to bias and ethical concerns")).contains("bias",
				"ethics");
		assertThat(keys("Fixing broken relationships while trying to deploy DS/ML with biased data")).contains("bias",
				"machine-learning");
	}

	@Test
	void theLongestWordingWins() {
		assertThat(keys("Needing to build trust with the public before they can execute on predictive analytics"))
			.containsExactly("public-trust", "predictive-analytics");
	}

	@Test
	void aLineOutsideTheVocabularyBecomesACandidate() {
		List<TopicMatch> topics = extractor.topicsOf("Why the Zorblax approach works for otters");

		assertThat(topics).containsExactly(new TopicMatch("zorblax-approach-works", "zorblax approach works", true));
	}

	@Test
	void aLineWithoutWordsHasNoTopic() {
		assertThat(extractor.topicsOf(" — ")).isEmpty();
	}

	@Test
	void aVocabularyWithAnUnknownBroaderTopicIsRefused() {
		String yaml = """
				topics:
				  - key: a
				    label: a
				    broader: [missing]
				""";
		assertThatThrownBy(() -> Taxonomy.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("unknown broader topic: missing");
	}

	@Test
	void aVocabularyWithACycleIsRefused() {
		String yaml = """
				topics:
				  - {key: a, label: a, broader: [b]}
				  - {key: b, label: b, broader: [a]}
				""";
		assertThatThrownBy(() -> Taxonomy.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("cycle");
	}

}
