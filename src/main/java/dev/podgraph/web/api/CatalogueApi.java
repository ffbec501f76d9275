package dev.podgraph.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.EpisodeDetail;
import dev.podgraph.graph.EpisodeRef;
import dev.podgraph.graph.OrganisationDetail;
import dev.podgraph.graph.PersonDetail;
import dev.podgraph.graph.PodcastDetail;
import dev.podgraph.graph.ResultPage;
import dev.podgraph.graph.Summaries.OrganisationSummary;
import dev.podgraph.graph.Summaries.PersonSummary;
import dev.podgraph.graph.Summaries.PodcastSummary;
import dev.podgraph.graph.Summaries.TopicSummary;
import dev.podgraph.graph.TopicDetail;

/**
 * Episodes, people, organisations, topics and podcasts: one by key with its neighbours, or a page of each.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Catalogue", description = "The knowledge graph's nodes and their neighbours")
class CatalogueApi {

	private final Catalogue catalogue;

	CatalogueApi(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/episodes")
	@Operation(summary = "Episodes, newest first")
	ResultPage<EpisodeRef> episodes(@Valid @ParameterObject PageParameters page,
			@Parameter(description = "only this podcast's episodes (its key)") @RequestParam(required = false) String podcast) {
		return catalogue.episodes(page.query(), podcast)
			.orElseThrow(() -> new NotFound("podcast", podcast));
	}

	@GetMapping("/episodes/{key}")
	@Operation(summary = "An episode with its podcast, guests, hosts, sponsors, topics and mentions")
	EpisodeDetail episode(@PathVariable String key) {
		return catalogue.episode(key).orElseThrow(() -> new NotFound("episode", key));
	}

	@GetMapping("/people")
	@Operation(summary = "People by name")
	ResultPage<PersonSummary> people(@Valid @ParameterObject PageParameters page) {
		return catalogue.people(page.query());
	}

	@GetMapping("/people/{key}")
	@Operation(summary = "A person with where they work, their appearances, the podcasts they host and their mentions")
	PersonDetail person(@PathVariable String key) {
		return catalogue.person(key).orElseThrow(() -> new NotFound("person", key));
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations by name")
	ResultPage<OrganisationSummary> organisations(@Valid @ParameterObject PageParameters page) {
		return catalogue.organisations(page.query());
	}

	@GetMapping("/organisations/{key}")
	@Operation(summary = "An organisation with its people, sponsorships, podcasts and mentions")
	OrganisationDetail organisation(@PathVariable String key) {
		return catalogue.organisation(key).orElseThrow(() -> new NotFound("organisation", key));
	}

	@GetMapping("/topics")
	@Operation(summary = "Topics by name")
	ResultPage<TopicSummary> topics(@Valid @ParameterObject PageParameters page) {
		return catalogue.topics(page.query());
	}

	@GetMapping("/topics/{key}")
	@Operation(summary = "A topic with the episodes that discussed it and the evidence lines")
	TopicDetail topic(@PathVariable String key) {
		return catalogue.topic(key).orElseThrow(() -> new NotFound("topic", key));
	}

	@GetMapping("/podcasts")
	@Operation(summary = "Podcasts by title")
	ResultPage<PodcastSummary> podcasts(@Valid @ParameterObject PageParameters page) {
		return catalogue.podcasts(page.query());
	}

	@GetMapping("/podcasts/{key}")
	@Operation(summary = "A podcast with its hosts, producers and newest episodes")
	PodcastDetail podcast(@PathVariable String key) {
		return catalogue.podcast(key).orElseThrow(() -> new NotFound("podcast", key));
	}

}
