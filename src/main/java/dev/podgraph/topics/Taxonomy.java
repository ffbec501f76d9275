package dev.podgraph.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.podgraph.graph.Slugs;
import dev.podgraph.graph.VocabularyTopic;

/**
 * The topic vocabulary: topics with a label, synonyms and broader topics, read from {@code topics/taxonomy.yml}.
 *
 * @param topics every topic, each key once
 */
public record Taxonomy(List<Concept> topics) {

	public Taxonomy {
		topics = List.copyOf(topics);
		validate(topics);
	}

	/**
	 * One topic of the vocabulary.
	 * @param key its stable key, a slug
	 * @param label its preferred name
	 * @param synonyms other wordings that mean it
	 * @param broader keys of the topics it is part of
	 */
	public record Concept(String key, String label, List<String> synonyms, List<String> broader) {

		public Concept {
			synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
			broader = broader == null ? List.of() : List.copyOf(broader);
		}

	}

	/**
	 * @param yaml the vocabulary file
	 * @return the vocabulary, checked: unique keys, known broader topics, no cycle
	 */
	public static Taxonomy read(InputStream yaml) {
		try {
			return YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(yaml, Taxonomy.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new IllegalArgumentException("The topic vocabulary cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

	/** @return the vocabulary that ships with podgraph */
	public static Taxonomy standard() {
		try (InputStream in = Taxonomy.class.getResourceAsStream("/topics/taxonomy.yml")) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void validate(List<Concept> topics) {
		Map<String, Concept> byKey = new HashMap<>();
		for (Concept topic : topics) {
			if (topic.key() == null || topic.label() == null) {
				throw new IllegalArgumentException("Every topic needs a key and a label: " + topic);
			}
			if (byKey.put(topic.key(), topic) != null) {
				throw new IllegalArgumentException("The topic key " + topic.key() + " is used twice");
			}
			// The write path keys a topic by the slug of its name: the vocabulary's keys must be the same slugs.
			if (!topic.key().equals(Slugs.slug(topic.label()))) {
				throw new IllegalArgumentException("The key of \"" + topic.label() + "\" must be \""
						+ Slugs.slug(topic.label()) + "\", not \"" + topic.key() + "\"");
			}
		}
		for (Concept topic : topics) {
			for (String broader : topic.broader()) {
				if (!byKey.containsKey(broader)) {
					throw new IllegalArgumentException(topic.key() + " names an unknown broader topic: " + broader);
				}
			}
			if (reaches(topic.key(), topic, byKey, new HashSet<>())) {
				throw new IllegalArgumentException("The broader topics of " + topic.key() + " form a cycle");
			}
		}
	}

	private static boolean reaches(String target, Concept from, Map<String, Concept> byKey, Set<String> seen) {
		for (String broader : from.broader()) {
			if (broader.equals(target)) {
				return true;
			}
			if (seen.add(broader) && reaches(target, byKey.get(broader), byKey, seen)) {
				return true;
			}
		}
		return false;
	}

	/** @return the topic with this key, if the vocabulary has it */
	public Optional<Concept> topic(String key) {
		return topics.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	/**
	 * @param key a topic's key
	 * @return the keys of the topics below it, at any depth, each with its depth (1 for a direct narrower topic)
	 */
	public Map<String, Integer> narrower(String key) {
		Map<String, Integer> found = new LinkedHashMap<>();
		List<String> level = List.of(key);
		for (int depth = 1; !level.isEmpty(); depth++) {
			List<String> next = new ArrayList<>();
			for (Concept topic : topics) {
				if (!found.containsKey(topic.key()) && !topic.key().equals(key)
						&& topic.broader().stream().anyMatch(level::contains)) {
					found.put(topic.key(), depth);
					next.add(topic.key());
				}
			}
			level = next;
		}
		return found;
	}

	/** @return the vocabulary as the graph keeps it */
	public List<VocabularyTopic> asGraph() {
		return topics.stream().map(t -> new VocabularyTopic(t.key(), t.label(), t.synonyms(), t.broader())).toList();
	}

	/** @return every wording of every topic: its label and synonyms, with the topic they mean */
	List<Map.Entry<String, Concept>> wordings() {
		List<Map.Entry<String, Concept>> wordings = new ArrayList<>();
		for (Concept topic : topics) {
			wordings.add(Map.entry(topic.label(), topic));
			topic.synonyms().forEach(s -> wordings.add(Map.entry(s, topic)));
		}
		return wordings;
	}

}
