package dev.podgraph.topics;

import java.util.List;

import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.NodeRef;

/**
 * The guests who talked about something, best first.
 *
 * @param question the question as asked: a topic's key or any words
 * @param method how it was answered
 * @param topics the vocabulary topics the question was read as (with their narrower topics, which count too)
 * @param guests the guests, best first, each with the episodes and lines that show it
 * @param pendingEmbeddings how many episodes still wait for their embeddings, which answers by meaning miss
 */
public record GuestAnswer(String question, Method method, List<NodeRef> topics, List<Guest> guests,
		long pendingEmbeddings) {

	public GuestAnswer {
		topics = List.copyOf(topics);
		guests = List.copyOf(guests);
	}

	/**
	 * A guest who talked about it.
	 * @param person the guest
	 * @param score how strongly, from 0 to 1: more episodes and closer evidence score higher
	 * @param episodes the episodes where they did, best first
	 */
	public record Guest(NodeRef person, double score, List<Appearance> episodes) {

		public Guest {
			episodes = List.copyOf(episodes);
		}

	}

	/**
	 * One episode where a guest talked about it.
	 * @param episode the episode
	 * @param title the guest's title on that episode, or {@code null}
	 * @param organisation the guest's organisation on that episode, or {@code null}
	 * @param topics the topics of the episode that matched
	 * @param evidence the show-notes lines that show it, best first
	 * @param score how strongly the episode matches, from 0 to 1
	 */
	public record Appearance(EpisodeRef episode, String title, NodeRef organisation, List<NodeRef> topics,
			List<String> evidence, double score) {

		public Appearance {
			topics = List.copyOf(topics);
			evidence = List.copyOf(evidence);
		}

	}

	/** How a question is answered; each adds to the one before. */
	public enum Method {

		/** The question's words in the evidence lines, after English analysis ("ethical" finds "ethics"). */
		WORDS,

		/** And the vocabulary topics the question names, with their narrower topics ("AI" takes in "generative AI"). */
		TAXONOMY,

		/** And what is near in meaning: topics, evidence lines and episodes by their embeddings. */
		MEANING

	}

}
