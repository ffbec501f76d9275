package dev.podgraph.web.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.podgraph.graph.Catalogue;
import dev.podgraph.search.NodeSearch;
import dev.podgraph.search.NodeSearch.Hit;
import dev.podgraph.search.NodeSearch.Kind;
import dev.podgraph.topics.GuestAnswer;
import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestFinder;

/**
 * The search box: a question it understands is answered on the page ({@link Question}); anything else is looked for
 * among the names and titles of every kind of node, and among episodes by meaning.
 */
@Controller
class SearchController {

	/** The longest text the search box takes. */
	static final int MAX_LENGTH = 200;

	private static final int HITS = 20;

	private final GuestFinder guests;

	private final NodeSearch nodes;

	private final Catalogue catalogue;

	SearchController(GuestFinder guests, NodeSearch nodes, Catalogue catalogue) {
		this.guests = guests;
		this.nodes = nodes;
		this.catalogue = catalogue;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		if (text.isEmpty()) {
			model.addAttribute("answer", "none");
			return "search";
		}
		if (text.length() > MAX_LENGTH) {
			throw new TooLong();
		}
		switch (Question.of(text)) {
			case Question.GuestsAbout(String topic) -> {
				GuestAnswer answer = guests.find(topic, Method.MEANING, HITS);
				model.addAttribute("answer", "guests");
				model.addAttribute("subject", topic);
				model.addAttribute("guests", answer.guests());
			}
			case Question.WhoWorksAt(String organisation) -> {
				model.addAttribute("answer", "people");
				model.addAttribute("subject", organisation);
				first(nodes.find(organisation, HITS), Kind.ORGANISATION)
					.flatMap(hit -> catalogue.organisation(hit.key()))
					.ifPresent(found -> model.addAttribute("organisation", found));
			}
			case Question.EpisodesAbout(String topic) -> {
				model.addAttribute("answer", "episodes");
				model.addAttribute("subject", topic);
				List<Hit> hits = nodes.find(topic, HITS);
				Optional<Hit> named = first(hits, Kind.TOPIC);
				named.flatMap(hit -> catalogue.topic(hit.key())).ifPresent(found -> model.addAttribute("topic", found));
				model.addAttribute("hits", hits.stream().filter(h -> h.kind() == Kind.EPISODE).toList());
			}
			case Question.Words(String words) -> {
				model.addAttribute("answer", "words");
				model.addAttribute("hits", nodes.find(words, HITS));
			}
		}
		return "search";
	}

	private static Optional<Hit> first(List<Hit> hits, Kind kind) {
		return hits.stream().filter(h -> h.kind() == kind && !h.byMeaning()).findFirst();
	}

	/** A search text longer than {@link #MAX_LENGTH}. */
	@ResponseStatus(value = HttpStatus.BAD_REQUEST, reason = "The search text is too long")
	static class TooLong extends RuntimeException {

		TooLong() {
			super("The search text is longer than " + MAX_LENGTH + " characters");
		}

	}

}
