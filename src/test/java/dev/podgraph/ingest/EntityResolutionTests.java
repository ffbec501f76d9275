package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.Catalogue;
import dev.podgraph.graph.WriteOutcome.Change;

/**
 * Names resolve to one entity across pages, and editorial corrections apply on every ingest.
 */
@PodgraphTest
class EntityResolutionTests {

	@Autowired
	PageImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TestGraph graph;

	@Value("${podgraph.ingest.corrections}")
	String correctionsLocation;

	Path corrections;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
		corrections = Path.of(correctionsLocation.replaceFirst("^file:", ""));
	}

	@AfterEach
	void noCorrections() throws IOException {
		Files.deleteIfExists(corrections);
	}

	@Test
	void anAliasOnOnePageResolvesToTheOrganisationOfAnother() {
		importer.importPage(Pages.seed(".txt"), null);

		importer.importPage(Pages.page("second", """
				In Episode 3, of Season 1, of Policing Data, Sam Taylor is joined by Jo Bloggs, Lead Analyst at Scotland Yard.
				- Crime mapping
				"""), null);

		assertThat(catalogue.organisation("metropolitan-police").orElseThrow().people())
			.extracting(p -> p.person().name())
			.containsExactlyInAnyOrder("Aimee Smith", "Jo Bloggs");
		assertThat(catalogue.organisation("scotland-yard")).isEmpty();
	}

	@Test
	void namesMeetWhateverTheirCaseSpacingOrLeadingThe() {
		importer.importPage(Pages.page("one", """
				In Episode 1, of Season 1, of Show, Sam Taylor is joined by Jo Bloggs, Analyst at The Data Institute.
				- Crime mapping
				"""), null);
		importer.importPage(Pages.page("two", """
				In Episode 2, of Season 1, of The Show, Sam  Taylor is joined by Kim Lee, Fellow at the Data-Institute.
				- Crime mapping
				"""), null);

		assertThat(catalogue.organisation("data-institute").orElseThrow().people()).hasSize(2);
		assertThat(graph.countNodes("Organisation")).isEqualTo(1);
		assertThat(catalogue.person("sam-taylor").orElseThrow().appearances()).hasSize(2);
	}

	@Test
	void correctionsApplyOnEveryIngestAndSurviveReIngesting() throws IOException {
		Files.writeString(corrections, """
				organisations:
				  - name: Metropolitan Police
				    aliases: [The Met]
				people:
				  - name: Davin Crowley-Sweet
				    aliases: [Davin Crowley Sweet]
				appearances:
				  - episode: driven-by-data-the-podcast:s4e9
				    person: Aimee Smith
				    title: Chief Data Officer
				topics:
				  - name: law enforcement
				    aliases: [policing]
				""");

		importer.importPage(Pages.seed(".txt"), null);
		var before = graph.snapshot();

		assertThat(catalogue.organisation("metropolitan-police").orElseThrow().aliases()).contains("The Met",
				"Scotland Yard", "Met Police");
		assertThat(catalogue.episode("driven-by-data-the-podcast:s4e9").orElseThrow().mentions())
			.extracting(m -> m.target().name())
			.containsExactly("Davin Crowley-Sweet");
		assertThat(catalogue.person("aimee-smith").orElseThrow().appearances().getFirst().title())
			.isEqualTo("Chief Data Officer");
		assertThat(catalogue.topic("law-enforcement")).isPresent();
		assertThat(catalogue.topic("policing")).isEmpty();

		assertThat(importer.importPage(Pages.seed(".txt"), null).change()).isEqualTo(Change.UNCHANGED);
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void anEditorPromotesACandidateTopicByNamingItInTheCorrections() throws IOException {
		String page = """
				In Episode 1, of Season 1, of Show, Sam Taylor is joined by Jo Bloggs, Analyst at Data Institute.
				- Beekeeping on the Outer Hebrides
				""";
		importer.importPage(Pages.page("one", page), null);
		var candidate = graph.single("MATCH (t:Topic {candidate: true}) RETURN t {.key, .name}", java.util.Map.of())
			.asMap();
		String key = (String) candidate.get("key");
		assertThat(catalogue.topic(key).orElseThrow().candidate()).isTrue();

		// Promoted as it is: named in the corrections, not renamed.
		Files.writeString(corrections, "topics:\n  - name: " + candidate.get("name") + "\n");
		importer.importPage(Pages.page("one", page + "- Beekeeping on the Outer Hebrides, again\n"), null);

		assertThat(catalogue.topic(key).orElseThrow().candidate()).isFalse();
		assertThat(catalogue.topic(key).orElseThrow().episodeCount()).isEqualTo(1);
	}

	@Test
	void aBrokenCorrectionsFileIsReportedNotIgnored() throws IOException {
		Files.writeString(corrections, "people:\n  - aliases: [Nobody]\n");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importPage(Pages.seed(".txt"), null))
			.hasMessageContaining("every person correction needs a name");
		assertThat(graph.counts()).allSatisfy((k, v) -> assertThat(v).isZero());
	}

}
