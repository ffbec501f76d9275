package dev.podgraph.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.Mention;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.Role;

/**
 * The read API over HTTP, against the application on a random port and a real Neo4j.
 */
@PodgraphTest
class CatalogueApiTests {

	static final String EPISODE = "/api/episodes/data-talk:s4e9";

	@Autowired
	RestTestClient http;

	@Autowired
	TestGraph graph;

	@Autowired
	EpisodeWriter writer;

	@BeforeEach
	void twoEpisodes() {
		graph.clear();
		var podcast = new PodcastInfo("Data Talk", "https://example.org/data-talk", "Talk about data",
				List.of(new OrganisationName("Talk Studio")));
		var host = new PersonCredit("Kim Host", Role.HOST, "Founder", new OrganisationName("Talk Studio"));
		writer.writeAll(List.of(
				new ExtractedEpisode(podcast, null, "Trust and prediction", 4, 9, LocalDate.of(2024, 1, 2), null,
						"Policing and data",
						List.of(new PersonCredit("Ada Guest", Role.GUEST, "Director of Data",
								new OrganisationName("City Police", List.of("The Yard"))), host),
						List.of(new OrganisationName("Learning Co")),
						List.of(new TopicEvidence("ethics", "Tackling bias and ethics"),
								new TopicEvidence("bias", "Tackling bias and ethics")),
						List.of(new Mention(Mention.Kind.PERSON, "Sam Mentioned"))),
				new ExtractedEpisode(podcast, null, "Older episode", 4, 8, LocalDate.of(2023, 12, 1), null, null,
						List.of(host), List.of(), List.of(new TopicEvidence("ethics", "Ethics again")), List.of())));
	}

	@Test
	void answersAnEpisodeWithItsNeighbours() {
		http.get()
			.uri(EPISODE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Trust and prediction")
			.jsonPath("$.published").isEqualTo("2024-01-02")
			.jsonPath("$.podcast.key").isEqualTo("data-talk")
			.jsonPath("$.people[0].person.name").isEqualTo("Ada Guest")
			.jsonPath("$.people[0].role").isEqualTo("GUEST")
			.jsonPath("$.people[0].title").isEqualTo("Director of Data")
			.jsonPath("$.people[0].organisation.key").isEqualTo("city-police")
			.jsonPath("$.people[1].role").isEqualTo("HOST")
			.jsonPath("$.sponsors[0].name").isEqualTo("Learning Co")
			.jsonPath("$.topics[*].topic.key").isEqualTo(List.of("bias", "ethics"))
			.jsonPath("$.topics[1].evidence[0]").isEqualTo("Tackling bias and ethics")
			.jsonPath("$.mentions[0].kind").isEqualTo("PERSON")
			.jsonPath("$.mentions[0].target.name").isEqualTo("Sam Mentioned");
	}

	@Test
	void answersAPersonAnOrganisationATopicAndAPodcast() {
		http.get().uri("/api/people/kim-host").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.hosts[0].key").isEqualTo("data-talk")
			.jsonPath("$.worksAt[0].organisation.name").isEqualTo("Talk Studio")
			.jsonPath("$.appearances[*].episode.title").isEqualTo(List.of("Trust and prediction", "Older episode"));
		http.get().uri("/api/organisations/city-police").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.aliases[0]").isEqualTo("The Yard")
			.jsonPath("$.people[0].person.key").isEqualTo("ada-guest")
			.jsonPath("$.people[0].title").isEqualTo("Director of Data");
		http.get().uri("/api/organisations/learning-co").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.sponsored[0].key").isEqualTo("data-talk:s4e9");
		http.get().uri("/api/topics/ethics").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.episodeCount").isEqualTo(2)
			.jsonPath("$.episodes[0].episode.key").isEqualTo("data-talk:s4e9")
			.jsonPath("$.episodes[0].evidence[0]").isEqualTo("Tackling bias and ethics");
		http.get().uri("/api/podcasts/data-talk").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.episodeCount").isEqualTo(2)
			.jsonPath("$.producers[0].name").isEqualTo("Talk Studio")
			.jsonPath("$.recentEpisodes[*].key").isEqualTo(List.of("data-talk:s4e9", "data-talk:s4e8"));
	}

	@Test
	void listsArePagedAndOrdered() {
		http.get().uri("/api/episodes?size=1&page=1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].key").isEqualTo("data-talk:s4e8")
			.jsonPath("$.page").isEqualTo(1)
			.jsonPath("$.size").isEqualTo(1)
			.jsonPath("$.totalItems").isEqualTo(2)
			.jsonPath("$.totalPages").isEqualTo(2);
		http.get().uri("/api/episodes?podcast=data-talk").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.totalItems").isEqualTo(2);
		http.get().uri("/api/people").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[*].key").isEqualTo(List.of("ada-guest", "kim-host", "sam-mentioned"))
			.jsonPath("$.items[1].appearances").isEqualTo(2);
		http.get().uri("/api/organisations").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[*].key").isEqualTo(List.of("city-police", "learning-co", "talk-studio"));
		http.get().uri("/api/topics").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[*].episodes").isEqualTo(List.of(1, 2));
		http.get().uri("/api/podcasts").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[0].episodes").isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/episodes/data-talk:s9e99", "/api/people/nobody", "/api/organisations/nobody",
			"/api/topics/nothing", "/api/podcasts/nothing", "/api/episodes?podcast=nothing" })
	void unknownKeysAnswer404AsProblemDetail(String uri) {
		http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.type").isEqualTo("/problems/not-found")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("No "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/episodes?page=-1", "/api/people?size=0", "/api/topics?size=101",
			"/api/organisations?page=abc", "/api/podcasts?size=1.5" })
	void badParametersAnswer400NamingTheParameter(String uri) {
		String parameter = uri.substring(uri.indexOf('?') + 1, uri.indexOf('='));
		http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors[0].parameter").isEqualTo(parameter)
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith(parameter + " "));
	}

	@Test
	void describesItselfWithOpenApi() {
		http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.paths['/api/episodes/{key}'].get").exists()
			.jsonPath("$.paths['/api/topics'].get.parameters[*].name").isEqualTo(List.of("page", "size"));
		http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void healthIncludesNeo4j() {
		http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

}
