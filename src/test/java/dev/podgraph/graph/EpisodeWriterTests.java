package dev.podgraph.graph;

import static dev.podgraph.graph.Episodes.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.WriteOutcome.Change;

@PodgraphTest
class EpisodeWriterTests {

	@Autowired
	EpisodeWriter writer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	static ExtractedEpisode interview() {
		return episode(9).title("Trust and prediction")
			.guest("Ada Lovelace", "Director of Data", "Analytical Engines", "The Engine Room")
			.host("Charles Babbage", "Founder", "Difference Ltd")
			.sponsor("Punch Card Co")
			.topic("bias", "Tackling bias and ethics")
			.topic("ethics", "Tackling bias and ethics")
			.topic("bias", "Testing models for bias")
			.topic("predictive analytics", "Building trust before predictive analytics")
			.mentionsPerson("Mary Somerville")
			.mentionsOrganisation("Royal Society")
			.build();
	}

	@Test
	void writesAWholeEpisodeWithEveryRelationship() {
		assertThat(writer.write(interview()).change()).isEqualTo(Change.CREATED);

		assertThat(graph.counts()).containsAllEntriesOf(Map.ofEntries(Map.entry("Podcast", 1L),
				Map.entry("Episode", 1L), Map.entry("Person", 3L), Map.entry("Topic", 3L),
				// employers, sponsor, producer, mentioned organisation
				Map.entry("Organisation", 5L), Map.entry("APPEARED_ON", 2L), Map.entry("HOSTS", 1L),
				Map.entry("WORKS_AT", 2L), Map.entry("DISCUSSED", 3L), Map.entry("SPONSORED", 1L),
				Map.entry("MENTIONED", 2L), Map.entry("PART_OF", 1L), Map.entry("PRODUCES", 1L)));
		EpisodeDetail detail = catalogue.episode("test-talks:s1e9").orElseThrow();
		assertThat(detail.people()).extracting(c -> c.person().name(), EpisodeDetail.Credit::role,
				EpisodeDetail.Credit::title, c -> c.organisation().name())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Ada Lovelace", Role.GUEST, "Director of Data",
							"Analytical Engines"),
					org.assertj.core.groups.Tuple.tuple("Charles Babbage", Role.HOST, "Founder", "Difference Ltd"));
		assertThat(detail.topics()).filteredOn(t -> t.topic().key().equals("bias"))
			.singleElement()
			.satisfies(t -> assertThat(t.evidence()).containsExactly("Tackling bias and ethics",
					"Testing models for bias"));
		assertThat(catalogue.organisation("analytical-engines").orElseThrow().aliases())
			.containsExactly("The Engine Room");
	}

	@Test
	void writingTheSameEpisodeTwiceChangesNothing() {
		writer.write(interview());
		Map<String, Long> before = graph.counts();
		Object writtenAt = graph.single("MATCH (e:Episode) RETURN e.writtenAt", Map.of()).asObject();

		WriteOutcome second = writer.write(interview());

		assertThat(second.change()).isEqualTo(Change.UNCHANGED);
		assertThat(graph.counts()).isEqualTo(before);
		assertThat(graph.single("MATCH (e:Episode) RETURN e.writtenAt", Map.of()).asObject()).isEqualTo(writtenAt);
	}

	@Test
	void rewritingAnEpisodeReplacesItsRelationshipsAndRemovesOrphans() {
		writer.write(interview());

		ExtractedEpisode edited = episode(9).title("Trust and prediction, edited")
			.guest("Grace Hopper", "Rear Admiral", "US Navy")
			.host("Charles Babbage", "Founder", "Difference Ltd")
			.sponsor("Compiler Inc")
			.topic("bias", "Testing models for bias")
			.build();
		assertThat(writer.write(edited).change()).isEqualTo(Change.UPDATED);

		EpisodeDetail detail = catalogue.episode("test-talks:s1e9").orElseThrow();
		assertThat(detail.title()).isEqualTo("Trust and prediction, edited");
		assertThat(detail.people()).extracting(c -> c.person().key()).containsExactly("grace-hopper", "charles-babbage");
		assertThat(detail.sponsors()).extracting(NodeRef::key).containsExactly("compiler-inc");
		assertThat(detail.topics()).extracting(t -> t.topic().key()).containsExactly("bias");
		assertThat(detail.topics().getFirst().evidence()).containsExactly("Testing models for bias");
		assertThat(detail.mentions()).isEmpty();
		// Nothing refers to these any more, so they are gone rather than left as stale nodes.
		assertThat(catalogue.topic("ethics")).isEmpty();
		assertThat(catalogue.person("ada-lovelace")).isEmpty();
		assertThat(catalogue.person("mary-somerville")).isEmpty();
		assertThat(catalogue.organisation("punch-card-co")).isEmpty();
		assertThat(catalogue.organisation("analytical-engines")).isEmpty();
		assertThat(catalogue.organisation("royal-society")).isEmpty();
		assertThat(graph.countNodes("Episode")).isEqualTo(1);
	}

	@Test
	void rewritingOneEpisodeLeavesTheOthersIntact() {
		ExtractedEpisode other = episode(10).guest("Ada Lovelace", "Director of Data", "Analytical Engines")
			.sponsor("Punch Card Co")
			.topic("ethics", "Ethics in the engine room")
			.mentionsPerson("Mary Somerville")
			.build();
		writer.writeAll(List.of(interview(), other));
		EpisodeDetail otherBefore = catalogue.episode("test-talks:s1e10").orElseThrow();

		writer.write(episode(9).title("Now about nothing shared").topic("weather", "Rain").build());

		assertThat(catalogue.episode("test-talks:s1e10")).contains(otherBefore);
		assertThat(catalogue.person("ada-lovelace")).isPresent();
		assertThat(catalogue.topic("ethics").orElseThrow().episodeCount()).isEqualTo(1);
		assertThat(catalogue.topic("bias")).isEmpty();
	}

	@Test
	void aFailedWriteLeavesNothingBehind() {
		writer.write(interview());
		Map<String, Long> before = graph.counts();
		ExtractedEpisode another = episode(11).podcast(new ExtractedEpisode.PodcastInfo("Another Show"))
			.guest("Alan Turing", "Fellow", "Bletchley Park")
			.sponsor("Enigma Ltd")
			.topic("ethics", "Machines and ethics")
			.build();

		// Another transaction holds the lock on the topic node, so the write fails on its DISCUSSED statement,
		// after it has already created the new podcast, episode, person and organisations.
		try (Session session = graph.driver().session(); Transaction lock = session.beginTransaction()) {
			lock.run("MATCH (t:Topic {key: 'ethics'}) SET t.locked = true").consume();
			// Depending on the statement, Neo4j reports the timeout at the statement or at commit.
			assertThatThrownBy(() -> writer.write(another))
				.isInstanceOfAny(DataAccessException.class, TransactionException.class)
				.hasMessageContaining("lock");
			lock.rollback();
		}

		assertThat(graph.counts()).isEqualTo(before);
		assertThat(catalogue.podcast("another-show")).isEmpty();
		assertThat(catalogue.person("alan-turing")).isEmpty();
	}

	@Test
	void anInvalidEpisodeIsRefusedBeforeAnythingIsWritten() {
		assertThatThrownBy(() -> episode(1).guest("  ", null, null).build()).isInstanceOf(InvalidEpisode.class)
			.hasMessageContaining("person name must not be blank");
		assertThatThrownBy(() -> new ExtractedEpisode(null, null, "t", null, null, null, null, null, null, null, null,
				null))
			.isInstanceOf(InvalidEpisode.class)
			.hasMessageContaining("podcast");
		assertThat(graph.counts().values()).allMatch(count -> count == 0);
	}

	@Test
	void aBatchHoldingTwoVersionsOfAnEpisodeWritesTheLaterOne() {
		BatchOutcome outcome = writer
			.writeAll(List.of(interview(), episode(9).title("Second version").topic("ethics", "Only ethics").build()));

		assertThat(outcome.episodes()).containsExactly(new WriteOutcome("test-talks:s1e9", Change.CREATED));
		assertThat(catalogue.episode("test-talks:s1e9").orElseThrow().title()).isEqualTo("Second version");
		assertThat(graph.countNodes("Topic")).isEqualTo(1);
	}

	@Test
	void organisationAliasesAccumulateAcrossEpisodes() {
		writer.write(episode(1).guest("Ada Lovelace", null, "Metropolitan Police", "Scotland Yard").build());
		writer.write(episode(2).guest("Grace Hopper", null, "Metropolitan Police", "Met Police", "Scotland Yard").build());

		assertThat(catalogue.organisation("metropolitan-police").orElseThrow().aliases())
			.containsExactly("Scotland Yard", "Met Police");
	}

	@Test
	void worksAtKeepsTheTitleOfTheMostRecentlyPublishedEpisode() {
		writer.write(episode(2).published(LocalDate.of(2024, 5, 1)).guest("Ada Lovelace", "Director", "Engines").build());
		writer.write(episode(1).published(LocalDate.of(2023, 1, 1)).guest("Ada Lovelace", "Analyst", "Engines").build());

		PersonDetail ada = catalogue.person("ada-lovelace").orElseThrow();
		assertThat(ada.worksAt()).singleElement().satisfies(w -> {
			assertThat(w.title()).isEqualTo("Director");
			assertThat(w.lastSeen()).isEqualTo(LocalDate.of(2024, 5, 1));
		});
		// The appearance keeps the title the person had on that episode.
		assertThat(ada.appearances()).extracting(PersonDetail.Appearance::title).containsExactly("Director", "Analyst");
	}

	@Test
	void theSamePersonOnSeveralEpisodesIsOneNode() {
		writer.write(episode(1).guest("Ada Lovelace", null, null).build());
		writer.write(episode(2).guest("ada  lovelace", null, null).host("Charles Babbage", "Host", "Difference Ltd").build());

		assertThat(graph.countNodes("Person")).isEqualTo(2);
		PersonDetail ada = catalogue.person("ada-lovelace").orElseThrow();
		assertThat(ada.name()).isEqualTo("Ada Lovelace");
		assertThat(ada.appearances()).hasSize(2);
		assertThat(catalogue.person("charles-babbage").orElseThrow().hosts()).extracting(NodeRef::key)
			.containsExactly("test-talks");
	}

}
