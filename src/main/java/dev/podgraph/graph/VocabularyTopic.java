package dev.podgraph.graph;

import java.util.List;

/**
 * A topic of the vocabulary, as the graph keeps it.
 *
 * @param key its key, the slug of its label
 * @param label its preferred name
 * @param synonyms other wordings that mean it
 * @param broader the keys of the topics it is part of
 */
public record VocabularyTopic(String key, String label, List<String> synonyms, List<String> broader) {

	public VocabularyTopic {
		synonyms = List.copyOf(synonyms);
		broader = List.copyOf(broader);
	}

	/** @return the text its embedding is computed from: the label and its synonyms */
	public String embeddingText() {
		return synonyms.isEmpty() ? label : label + " (" + String.join(", ", synonyms) + ")";
	}

}
