package dev.podgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.graph.WriteOutcome.Change;

/**
 * The seed page ("Driven by Data: The Podcast", season 4 episode 9) becomes exactly the expected graph, in every
 * layout it can come in.
 */
@PodgraphTest
class SeedPageTests {

	static final String EPISODE = "driven-by-data-the-podcast:s4e9";

	static final String SHOUT_OUT = "A shout-out to Davin Crowley Sweet";

	@Autowired
	PageImporter importer;

	@Autowired
	TestGraph graph;

	@BeforeEach
	void emptyGraph() {
		graph.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { ".txt", ".html", "_player.txt" })
	@SuppressWarnings("unchecked")
	void theSeedPageBecomesTheExpectedGraph(String variant) {
		assertThat(importer.importPage(Pages.seed(variant), null).change()).isEqualTo(Change.CREATED);

		assertThat(row("""
				MATCH (o:Organisation)-[:PRODUCES]->(p:Podcast)<-[:PART_OF]-(e:Episode {key: $episode})
				RETURN p.title AS podcast, o.name AS producer, e.season AS season, e.number AS number,
				       e.title AS title, e.published AS published""")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"podcast", "Driven by Data: The Podcast", "producer", "Orbition Group", "season", 4L, "number", 9L,
				"title", "Building Trust; The Power of Prediction", "published", LocalDate.of(2024, 1, 2)));

		assertThat(row("""
				MATCH (p:Person {name: 'Aimee Smith'})-[a:APPEARED_ON]->(:Episode {key: $episode})
				MATCH (p)-[w:WORKS_AT]->(o:Organisation)
				RETURN a.role AS role, w.title AS title, o.name AS organisation, o.aliases AS aliases""")).satisfies(r -> {
					assertThat(r).containsEntry("role", "GUEST")
						.containsEntry("title", "Director of Data")
						.containsEntry("organisation", "Metropolitan Police");
					assertThat((List<Object>) r.get("aliases")).containsExactlyInAnyOrder("Scotland Yard", "Met Police");
				});

		assertThat(row("""
				MATCH (p:Person {name: 'Kyle Winterbottom'})-[a:APPEARED_ON]->(:Episode {key: $episode})
				MATCH (p)-[:HOSTS]->(:Podcast {title: 'Driven by Data: The Podcast'})
				MATCH (p)-[w:WORKS_AT]->(o:Organisation)
				RETURN a.role AS role, w.title AS title, o.name AS organisation"""))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("role", "HOST", "title", "Founder", "organisation", "Orbition Group"));

		assertThat(strings("MATCH (o:Organisation)-[:SPONSORED]->(:Episode {key: $episode}) RETURN o.name"))
			.containsExactly("Cambridge Spark");

		// Exactly the guest and the host appeared; the mentioned person and the host are no guests.
		assertThat(strings("MATCH (p)-[a:APPEARED_ON {role: 'GUEST'}]->() RETURN p.name")).containsExactly("Aimee Smith");
		assertThat(strings("MATCH (p)-[:APPEARED_ON]->() RETURN p.name")).hasSize(2);
		assertThat(strings("MATCH (:Episode {key: $episode})-[:MENTIONED]->(p:Person) RETURN p.name"))
			.containsExactly("Davin Crowley Sweet");
	}

	@Test
	void eachTopicBulletIsTheEvidenceOfATopicAndOnlyTheBulletsAre() {
		importer.importPage(Pages.seed(".txt"), null);

		List<String> bullets = Pages.text(Pages.SEED + ".txt")
			.lines()
			.map(String::strip)
			.filter(l -> l.startsWith("•"))
			.map(l -> l.substring(1).strip())
			.toList();
		assertThat(bullets).hasSize(25).endsWith(SHOUT_OUT);
		List<String> evidence = strings("""
				MATCH (:Episode {key: $episode})-[d:DISCUSSED]->(:Topic) UNWIND d.evidence AS line RETURN DISTINCT line""");
		assertThat(evidence).containsExactlyInAnyOrderElementsOf(bullets.subList(0, 24));

		assertThat(strings("""
				MATCH (:Episode {key: $episode})-[d:DISCUSSED]->(t:Topic)
				WHERE 'Tackling bias and ethics as an organisation that people love to scrutinise' IN d.evidence
				RETURN t.key""")).contains("bias", "ethics");
	}

	@Test
	void theThreeLayoutsMakeTheSameGraph() {
		importer.importPage(Pages.seed(".txt"), null);
		List<String> fromText = graph.snapshot();

		for (String variant : List.of(".html", "_player.txt")) {
			graph.clear();
			importer.importPage(Pages.seed(variant), null);
			assertThat(graph.snapshot()).as(variant).isEqualTo(fromText);
		}
	}

	@Test
	void reIngestingTheSeedChangesNothing() {
		importer.importPage(Pages.seed(".txt"), null);
		List<String> before = graph.snapshot();

		assertThat(importer.importPage(Pages.seed(".txt"), null).change()).isEqualTo(Change.UNCHANGED);
		assertThat(importer.importPage(Pages.seed(".html"), null).change()).isEqualTo(Change.UNCHANGED);

		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void anEditedCopyUpdatesExactlyWhatChanged() {
		importer.importPage(Pages.seed(".txt"), null);
		List<String> before = graph.snapshot();
		String removed = "Peelian principles; why data has always been used in policing";
		String edited = Pages.text(Pages.SEED + ".txt")
			.replace("  • " + removed + "\n", "")
			.replace("Thanks to our sponsor, Cambridge Spark;", "Thanks to our sponsor, Acme Learning;");

		assertThat(importer.importPage(Pages.page("edited", edited), null).change()).isEqualTo(Change.UPDATED);

		List<String> after = graph.snapshot();
		assertThat(strings("MATCH (o:Organisation)-[:SPONSORED]->() RETURN o.name")).containsExactly("Acme Learning");
		assertThat(strings("MATCH ()-[d:DISCUSSED]->() UNWIND d.evidence AS line RETURN DISTINCT line"))
			.hasSize(23)
			.doesNotContain(removed);
		// Everything else is as it was: only lines about the removed bullet, the sponsors and the episode's own
		// content hash differ.
		assertThat(withoutChanges(after, removed)).isEqualTo(withoutChanges(before, removed));
	}

	private static List<String> withoutChanges(List<String> snapshot, String removedBullet) {
		return snapshot.stream()
			.filter(line -> !line.contains("Cambridge Spark") && !line.contains("cambridge-spark")
					&& !line.contains("Acme Learning") && !line.contains("acme-learning"))
			.filter(line -> !line.startsWith("Episode "))
			.map(line -> line.replace(removedBullet + ", ", "").replace(", " + removedBullet, ""))
			// A relationship's count of evidence lines follows its evidence, compared above.
			.map(line -> line.replaceAll(", lines=\\d+", ""))
			.filter(line -> !line.contains("DISCUSSED{evidence=[" + removedBullet + "]"))
			.toList();
	}

	private Map<String, Object> row(String cypher) {
		var records = graph.driver()
			.executableQuery(cypher)
			.withParameters(Map.of("episode", EPISODE))
			.execute()
			.records();
		assertThat(records).as(cypher).hasSize(1);
		return records.getFirst().asMap(Value::asObject);
	}

	private List<String> strings(String cypher) {
		return graph.driver()
			.executableQuery(cypher)
			.withParameters(Map.of("episode", EPISODE))
			.execute()
			.records()
			.stream()
			.map(r -> r.get(0).asString())
			.toList();
	}

}
