package dev.podgraph.web.pages;

import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.EpisodeDetail;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.OrganisationDetail;
import dev.podgraph.graph.PageQuery;
import dev.podgraph.graph.PersonDetail;
import dev.podgraph.graph.Summaries.TopicSummary;
import dev.podgraph.graph.TopicDetail;
import dev.podgraph.recommend.Recommender;
import dev.podgraph.topics.GuestAnswer.Method;
import dev.podgraph.topics.GuestFinder;

/**
 * The pages a podcast's visitors see. Every text from the graph is escaped by the templates; the one piece of HTML
 * shown as HTML, an episode's summary from its feed, is cleaned to a few formatting tags first.
 */
@Controller
class PageController {

	/** Apache ECharts, from the {@code org.webjars.npm:echarts} WebJar (keep in step with the pom). */
	static final String ECHARTS = "5.3.1";

	/** How many related and recommended episodes an episode page shows. */
	static final int SUGGESTIONS = 5;

	/** The tags a feed's summary keeps: formatting and links, nothing that runs or loads. */
	private static final Safelist SUMMARY = Safelist.basic();

	private final Catalogue catalogue;

	private final Recommender recommender;

	private final GuestFinder guests;

	PageController(Catalogue catalogue, Recommender recommender, GuestFinder guests) {
		this.catalogue = catalogue;
		this.recommender = recommender;
		this.guests = guests;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("episodes", catalogue.episodes(new PageQuery(0, 10), null).orElseThrow().items());
		List<TopicSummary> topics = catalogue.topics(new PageQuery(0, PageQuery.MAX_SIZE)).items();
		model.addAttribute("topics", topics.stream()
			.sorted(Comparator.comparingLong(TopicSummary::episodes).reversed().thenComparing(TopicSummary::name))
			.limit(20)
			.toList());
		model.addAttribute("podcasts", catalogue.podcasts(new PageQuery(0, 20)).items());
		return "home";
	}

	@GetMapping("/episodes/{key}")
	String episode(@PathVariable String key, Model model) {
		EpisodeDetail episode = catalogue.episode(key).orElseThrow(() -> notFound("episode", key));
		model.addAttribute("episode", episode);
		model.addAttribute("summary",
				episode.summary() == null ? null : Jsoup.clean(episode.summary(), SUMMARY));
		model.addAttribute("notes", episode.topics()
			.stream()
			.flatMap(t -> t.evidence().stream())
			.filter(line -> !line.startsWith(ExtractedEpisode.TopicEvidence.KEYWORDS))
			.distinct()
			.toList());
		Recommender.Suggestions suggestions = recommender.suggestions(key, SUGGESTIONS, SUGGESTIONS).orElseThrow();
		model.addAttribute("related", suggestions.related().episodes());
		model.addAttribute("recommended", suggestions.recommended().episodes());
		model.addAttribute("jsonLd", Publishing.episode(episode, base()));
		model.addAttribute("personTags", Publishing.podcastPersonTags(episode, base()));
		model.addAttribute("graph", Neighbourhood.of(episode));
		return "episode";
	}

	@GetMapping("/people/{key}")
	String person(@PathVariable String key, Model model) {
		PersonDetail person = catalogue.person(key).orElseThrow(() -> notFound("person", key));
		model.addAttribute("person", person);
		model.addAttribute("jsonLd", Publishing.person(person, base()));
		model.addAttribute("graph", Neighbourhood.of(person));
		return "person";
	}

	@GetMapping("/organisations/{key}")
	String organisation(@PathVariable String key, Model model) {
		OrganisationDetail organisation = catalogue.organisation(key).orElseThrow(() -> notFound("organisation", key));
		model.addAttribute("organisation", organisation);
		model.addAttribute("jsonLd", Publishing.organisation(organisation, base()));
		return "organisation";
	}

	@GetMapping("/topics/{key}")
	String topic(@PathVariable String key, Model model) {
		TopicDetail topic = catalogue.topic(key).orElseThrow(() -> notFound("topic", key));
		model.addAttribute("topic", topic);
		model.addAttribute("years", Publishing.years(topic));
		model.addAttribute("guests", guests.find(key, Method.TAXONOMY, 20).guests());
		return "topic";
	}

	@GetMapping("/podcasts/{key}")
	String podcast(@PathVariable String key, Model model) {
		model.addAttribute("podcast", catalogue.podcast(key).orElseThrow(() -> notFound("podcast", key)));
		return "podcast";
	}

	/** The version of the charting library the pages load (a WebJar, served by the application itself). */
	@org.springframework.web.bind.annotation.ModelAttribute("echartsVersion")
	String echartsVersion() {
		return ECHARTS;
	}

	/** This site's address as the visitor reached it, for the links publishers copy. */
	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	private static ResponseStatusException notFound(String kind, String key) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind + " has the key '" + key + "'.");
	}

}
