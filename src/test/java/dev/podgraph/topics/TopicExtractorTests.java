package dev.podgraph.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.podgraph.topics.TopicExtractor.Sentence;
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

	@Test
	void sentencesAreThoseOfTheSplitTextEachWithItsStems() throws IOException {
		List<String> texts = new ArrayList<>(List.of("", " ", ".", ". ", "end.", "One. Two!  Three?\tFour", "a.\u00a0b",
				"U.S. policy is e.g. fine.  ", " Leading space. And trailing. \n", "Wait... what?! Yes.\r\nNo",
				"Aimee's team's data. Ethics' role."));
		// Every line and every whole file of the real fixtures: show notes, HTML in CDATA, hostile feeds.
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/test/resources/feeds")),
				Files.list(Path.of("src/test/resources/pages")))) {
			for (Path file : files.sorted().toList()) {
				String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
				texts.add(text);
				texts.addAll(text.lines().toList());
			}
		}
		int sentences = 0;
		for (String text : texts) {
			List<Sentence> expected = Arrays.stream(text.split("(?<=[.!?])\\s+"))
				.map(sentence -> new Sentence(sentence, extractor.stems(sentence)))
				.toList();
			assertThat(extractor.sentences(text)).as(text).isEqualTo(expected);
			sentences += expected.size();
		}
		assertThat(sentences).isGreaterThan(10_000);
	}

}
