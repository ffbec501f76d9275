package dev.podgraph.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.EpisodeWriter;
import dev.podgraph.graph.ExtractedEpisode;
import dev.podgraph.graph.ExtractedEpisode.OrganisationName;
import dev.podgraph.graph.ExtractedEpisode.PersonCredit;
import dev.podgraph.graph.ExtractedEpisode.PodcastInfo;
import dev.podgraph.graph.ExtractedEpisode.TopicEvidence;
import dev.podgraph.graph.Role;

/**
 * The Spring Data mapping and the Cypher write path describe the same graph: what the writer writes loads back
 * through the entities.
 */
@PodgraphTest
class GraphModelTests {

	@Autowired
	EpisodeWriter writer;

	@Autowired
	PersonRepository people;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void writeOneEpisode() {
		graph.clear();
		writer.write(new ExtractedEpisode(new PodcastInfo("Model Show", null, null, List.of(new OrganisationName("Studio"))),
				"guid-1", "Mapping", 2, 3, LocalDate.of(2025, 3, 4), null, null,
				List.of(new PersonCredit("Ada Lovelace", Role.GUEST, "Director", new OrganisationName("Engines"))),
				List.of(new OrganisationName("Sponsor Ltd")), List.of(new TopicEvidence("ethics", "On ethics")),
				List.of()));
	}

	@Test
	void aWrittenPersonLoadsWithTheirRoleTitleAndEmployer() {
		Person ada = people.findById("ada-lovelace").orElseThrow();

		assertThat(ada.name()).isEqualTo("Ada Lovelace");
		assertThat(ada.appearances()).singleElement().satisfies(a -> {
			assertThat(a.role()).isEqualTo(Role.GUEST);
			assertThat(a.title()).isEqualTo("Director");
			assertThat(a.organisationKey()).isEqualTo("engines");
			assertThat(a.episode().key()).isEqualTo("model-show:guid-1");
		});
		assertThat(ada.worksAt()).singleElement().satisfies(w -> {
			assertThat(w.title()).isEqualTo("Director");
			assertThat(w.organisation().name()).isEqualTo("Engines");
		});
	}

	@Test
	void aWrittenEpisodeLoadsWithItsPodcastTopicsAndSponsors() {
		Episode episode = episodes.findById("model-show:guid-1").orElseThrow();

		assertThat(episode.season()).isEqualTo(2);
		assertThat(episode.number()).isEqualTo(3);
		assertThat(episode.published()).isEqualTo(LocalDate.of(2025, 3, 4));
		assertThat(episode.podcast().title()).isEqualTo("Model Show");
		assertThat(episode.topics()).singleElement().satisfies(d -> {
			assertThat(d.topic().key()).isEqualTo("ethics");
			assertThat(d.evidence()).containsExactly("On ethics");
		});
		assertThat(episode.sponsors()).extracting(Organisation::key).containsExactly("sponsor-ltd");
	}

}
