package dev.podgraph.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.podgraph.FixtureCatalogue;
import dev.podgraph.PodgraphTest;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.Pages;

/**
 * The HTML pages over HTTP, on the catalogue of the real fixtures, read as a browser would get them: the seed
 * episode's page with its guest, host, sponsor, topics and both lists; a topic page with its guests and evidence;
 * person, organisation and podcast pages; every link on the home page leading somewhere; a 404 page; and show notes
 * carrying markup, shown as text.
 */
@PodgraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTests {

	static final String SEED = "/episodes/driven-by-data-the-podcast:s4e9";

	@Autowired
	RestTestClient http;

	@Autowired
	FixtureCatalogue fixtures;

	@Autowired
	PageImporter pages;

	@BeforeAll
	void catalogue() {
		fixtures.load();
		pages.importPage(Pages.page("hostile", """
				Episode 1

				Published on:

				3rd March 2024

				S1 | Ep 1 | Scripts in show notes <script>alert('title')</script> with Eve Mallory, CTO at Acme

				In Episode 1, of Season 1, of The Hostile Show, Hana Host is joined by Eve Mallory, CTO at Acme, where they discuss security, which includes;

				  • Why <script>document.title='pwned'</script> never runs here
				  • Data governance and <img src=x onerror=alert(1)> images
				"""), null);
	}

	@Test
	void theSeedEpisodesPageShowsItsPeopleSponsorTopicsAndBothLists() {
		Document page = get(SEED);

		assertThat(page.select("h1").text()).isEqualTo("Building Trust; The Power of Prediction");
		assertThat(page.select("ul.people li.guest").text()).contains("Aimee Smith", "Director of Data", "Metropolitan Police");
		assertThat(page.select("ul.people li.host").text()).contains("Kyle Winterbottom");
		assertThat(page.select("ul.sponsors a").eachText()).contains("Cambridge Spark");
		assertThat(page.select("ul.tags a").eachText()).contains("bias", "public trust");
		assertThat(page.select("ul.notes li").eachText()).anySatisfy(line -> assertThat(line).contains("bias"));
		for (String list : new String[] { "related", "next" }) {
			Element section = page.getElementById(list).parent();
			assertThat(section.select("ol.suggestions > li > a")).as(list).hasSize(PageController.SUGGESTIONS);
			assertThat(section.select("ol.suggestions > li ul.reasons li")).as(list).isNotEmpty();
		}
		JsonNode ld = JsonMapper.shared().readTree(page.select("script[type=application/ld+json]").first().data());
		assertThat(ld.path("@type").asString()).isEqualTo("PodcastEpisode");
		assertThat(ld.path("partOfSeries").path("name").asString()).isEqualTo("Driven by Data: The Podcast");
		assertThat(ld.path("actor").valueStream().map(a -> a.path("name").asString() + " / "
				+ a.path("worksFor").path("name").asString()).toList()).contains("Aimee Smith / Metropolitan Police");
		assertThat(ld.path("sponsor").get(0).path("name").asString()).isEqualTo("Cambridge Spark");
		assertThat(page.select("details.publishers pre").text())
			.contains("<podcast:person role=\"guest\" href=\"http://localhost:")
			.contains("/people/aimee-smith\">Aimee Smith</podcast:person>")
			.contains("<podcast:person role=\"host\"");
		JsonNode graph = JsonMapper.shared().readTree(page.getElementById("graph-data").data());
		assertThat(graph.path("nodes").valueStream().map(n -> n.path("name").asString()).toList())
			.contains("Aimee Smith", "Metropolitan Police", "Cambridge Spark", "bias", "Driven by Data: The Podcast");
		assertThat(page.select("script[src]").eachAttr("src")).contains("/webjars/echarts/5.3.1/dist/echarts.min.js",
				"/js/graph.js");
		http.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js").exchange().expectStatus().isOk();
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("meta[name=viewport]")).hasSize(1);
	}

	@Test
	void aTopicPageShowsTheGuestsWhoDiscussedItWithTheLines() {
		Document page = get(SEED);
		String bias = page.select("ul.tags a:containsOwn(bias)").first().attr("href");

		Document topic = get(bias);

		assertThat(topic.select("h1").text()).isEqualTo("bias");
		Element first = topic.select("ol.guests > li").first();
		assertThat(first.child(0).text()).isEqualTo("Aimee Smith");
		assertThat(first.select("ul.evidence li").eachText()).anySatisfy(l -> assertThat(l).containsIgnoringCase("bias"));
		assertThat(topic.select("nav.taxonomy a").eachText()).contains("AI ethics");
		assertThat(topic.select("table.years tbody tr")).isNotEmpty();
	}

	@Test
	void personOrganisationAndPodcastPagesLinkBackToTheEpisode() {
		Document person = get("/people/aimee-smith");
		assertThat(person.select("h1").text()).isEqualTo("Aimee Smith");
		assertThat(person.select("script[type=application/ld+json]").first().data()).contains("\"@type\":\"Person\"")
			.contains("\"jobTitle\":\"Director of Data\"");
		assertThat(person.select("a[href='" + SEED + "']")).isNotEmpty();
		assertThat(person.select("a[href='/organisations/metropolitan-police']")).isNotEmpty();

		Document organisation = get("/organisations/cambridge-spark");
		assertThat(organisation.select("#sponsored").first().parent().select("a[href='" + SEED + "']")).isNotEmpty();

		Document podcast = get("/podcasts/driven-by-data-the-podcast");
		assertThat(podcast.select("a[href='" + SEED + "']")).isNotEmpty();
	}

	@Test
	void everyLinkOfTheHomePageLeadsToAPage() {
		Document home = get("/");
		assertThat(home.select("ul.episodes a")).isNotEmpty();
		assertThat(home.select("ul.tags a")).isNotEmpty();
		for (Element link : home.select("main a[href^=/]")) {
			http.get().uri(link.attr("href")).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
		}
	}

	@Test
	void showNotesMarkupIsShownAsTextAndNothingRuns() {
		String episode = get("/people/eve-mallory").select("ul.episodes a").first().attr("href");
		EntityExchangeResult<byte[]> result = http.get().uri(episode).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self'.*")
			.expectBody().returnResult();
		String html = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);

		// Scripts are data blocks, with every angle bracket escaped, or files of this site; nothing else runs or loads.
		assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> {
			if (script.hasAttr("src")) {
				assertThat(script.attr("src")).startsWith("/").doesNotStartWith("//");
				assertThat(script.data()).isEmpty();
			}
			else {
				assertThat(script.attr("type")).isIn("application/ld+json", "application/json");
				assertThat(script.data()).doesNotContain("<", ">");
			}
		});
		assertThat(page.select("img")).isEmpty();
		assertThat(html).doesNotContain("<script>document").contains("&lt;script&gt;document.title");
		assertThat(page.select("ul.notes li").eachText()).anySatisfy(l -> assertThat(l).contains("<script>"));
	}

	@Test
	void theSearchBoxUnderstandsQuestionsAndAnswersThemOnThePage() {
		Document home = get("/");
		assertThat(home.select("form[role=search] label[for=q]")).hasSize(1);
		assertThat(home.select("form[role=search] input#q[name=q]")).hasSize(1);

		Document guests = get("/search?q=which guests talked about ethics?");
		assertThat(guests.select("p.answer strong").text()).isEqualTo("ethics");
		assertThat(guests.select("ol.guests > li > a").first().text()).isEqualTo("Aimee Smith");
		assertThat(guests.select("ol.guests > li").first().select("ul.evidence li").eachText())
			.anySatisfy(line -> assertThat(line).containsIgnoringCase("ethic"));

		Document people = get("/search?q=Who works at Metropolitan Police?");
		assertThat(people.select("p.answer a").text()).isEqualTo("Metropolitan Police");
		assertThat(people.select("ul.people a").eachText()).contains("Aimee Smith");

		Document episodes = get("/search?q=episodes about predictive analytics");
		assertThat(episodes.select("p.answer a").text()).isEqualTo("predictive analytics");
		assertThat(episodes.select("ul.episodes a[href='" + SEED + "']")).isNotEmpty();

		Document words = get("/search?q=Cambridge Spark");
		assertThat(words.select("ul.hits li").eachText()).anySatisfy(hit -> assertThat(hit).startsWith("Organisation")
			.contains("Cambridge Spark"));

		// Words that name nothing find nothing by their words; what is near in meaning says so.
		assertThat(get("/search?q=zzzqqq xxyyz").select("ul.hits li").eachText())
			.allSatisfy(hit -> assertThat(hit).matches("Nothing found\\.|.*\\(near in meaning\\)"));
		http.get().uri("/search?q=" + "x".repeat(SearchController.MAX_LENGTH + 1)).accept(MediaType.TEXT_HTML)
			.exchange().expectStatus().isBadRequest();
		assertThat(get("/search").select("h1").text()).isEqualTo("Search");
	}

	@Test
	void anUnknownPageIsAFriendly404AndTheApiStaysJson() {
		String html = new String(http.get().uri("/episodes/no-such-episode").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Not found");

		http.get().uri("/api/episodes/no-such-episode").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private Document get(String path) {
		byte[] body = http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody().returnResult().getResponseBody();
		return Jsoup.parse(new String(body, StandardCharsets.UTF_8), "http://localhost");
	}

}
