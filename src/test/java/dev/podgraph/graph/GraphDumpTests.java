package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;
import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;
import dev.podgraph.recommend.SimilarPass;
import dev.podgraph.search.EmbeddingPass;

/**
 * Export and import: a graph of real pages and feeds, with its embeddings, its lists of similar episodes and values
 * of every type, goes to a file and comes back into an empty database node for node, relationship for relationship,
 * property for property; files that are not whole or not exports are refused and leave nothing behind.
 */
@PodgraphTest
class GraphDumpTests {

	private static final String NEAREST = """
			MATCH (e:Episode {key: $key})
			CALL db.index.vector.queryNodes('episode_embedding', 5, e.embedding) YIELD node, score
			RETURN collect(node.key)""";

	@Autowired
	GraphDump dump;

	@Autowired
	GraphDumpCommand command;

	@Autowired
	TestGraph graph;

	@Autowired
	PageImporter pages;

	@Autowired
	FeedImporter feeds;

	@Autowired
	EmbeddingPass embeddings;

	@Autowired
	SimilarPass lists;

	@TempDir
	Path folder;

	@BeforeEach
	void catalogue() throws IOException {
		graph.clear();
		try (InputStream in = getClass().getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith.txt")) {
			pages.importPage(new PageSource("seed", in.readAllBytes(), "text/plain"), null);
		}
		graph.driver().executableQuery("""
				CREATE (:Podcast {key: 'every-type', title: 'Every type', at: datetime('2024-01-02T03:04:05.123456789+01:00[Europe/Paris]'),
				  local: localdatetime('2024-01-02T03:04:05'), day: date('2024-01-02'), clock: localtime('10:11:12'),
				  offset: time('10:11:12+02:00'), length: duration('P1M2DT3.5S'), place: point({x: 1.5, y: 2.5}),
				  globe: point({longitude: -0.1, latitude: 51.5, height: 10.0}), flags: [true, false], counts: [1, 2, 3],
				  ratios: [1.0, 2.5], names: ['a', 'b "quoted"\\n'], big: 9007199254740993, tiny: 4.9E-324,
				  text: 'é ✓ \\u0000 </script>'})""").execute();
	}

	@Test
	void aGraphComesBackWholeFromItsExport() throws IOException {
		String feed = "interview_launched-fireside_podcast-person-host_guest-product-in-title_36ep.xml";
		try (InputStream in = getClass().getResourceAsStream("/feeds/" + feed)) {
			feeds.importFeed(new FeedSource(feed, in.readAllBytes(), "application/rss+xml"), null, written -> {
			});
		}
		embeddings.catchUp();
		lists.catchUp();
		List<String> before = graph.snapshot();
		Map<String, Long> counts = graph.counts();
		long similar = graph.countRelationships("SIMILAR");
		String key = "driven-by-data-the-podcast:s4e9";
		List<Object> nearest = graph.single(NEAREST, Map.of("key", key)).asList();
		assertThat(similar).isGreaterThan(100);
		assertThat(graph.single("MATCH (e:Episode) WHERE e.embedding IS NOT NULL RETURN count(e)", Map.of()).asLong())
			.isEqualTo(counts.get("Episode"));

		Path file = folder.resolve("catalogue.jsonl.gz");
		assertThat(run("export", file)).isZero();
		assertThat(Files.exists(folder.resolve("catalogue.jsonl.gz.partial"))).isFalse();
		graph.clear();
		assertThat(run("import", file)).isZero();

		assertThat(graph.snapshot()).isEqualTo(before);
		assertThat(graph.counts()).isEqualTo(counts);
		assertThat(graph.countRelationships("SIMILAR")).isEqualTo(similar);
		// The embeddings are vectors again, found by the vector index as before.
		assertThat(graph.single(NEAREST, Map.of("key", key)).asList()).isEqualTo(nearest);
	}

	@Test
	void theFileSaysWhatItIsAndHowMuchItHolds() throws IOException {
		StringWriter out = new StringWriter();
		GraphDump.Counts counts = dump.export(out, lines -> {
		});
		List<String> lines = out.toString().lines().toList();

		assertThat(lines.getFirst()).startsWith("{\"format\":\"podgraph-export\",\"version\":1,");
		assertThat(lines.getLast()).isEqualTo("{\"end\":true,\"nodes\":" + counts.nodes() + ",\"relationships\":"
				+ counts.relationships() + "}");
		assertThat(lines).hasSize((int) (counts.nodes() + counts.relationships() + 2));
		assertThat(lines).anyMatch(l -> l.contains("\"day\":{\"$date\":\"2024-01-02\"}"))
			.anyMatch(l -> l.contains("\"ratios\":[1.0,2.5]") && l.contains("\"counts\":[1,2,3]"));
	}

	@Test
	void aFileCutShortIsRefusedAndLeavesNothing() throws IOException {
		String whole = exported();
		String cut = whole.substring(0, whole.lastIndexOf("{\"end\""));
		graph.clear();

		assertThatThrownBy(() -> dump.importFrom(reader(cut), lines -> {
		})).isInstanceOf(InvalidDump.class).hasMessageContaining("ends early");
		assertThat(graph.single("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)", Map.of()).asLong()).isZero();

		String broken = whole.replaceFirst("(\\{\"rel\":1,\"type\":\"[A-Z_]+\",\"start\":)\\d+", "$1999999");
		assertThatThrownBy(() -> dump.importFrom(reader(broken), lines -> {
		})).isInstanceOf(InvalidDump.class).hasMessageContaining("a relationship to a node that the file does not hold");
		assertThat(graph.countNodes("Episode")).isZero();
	}

	@Test
	void otherFilesAndAFullDatabaseAreRefused() throws IOException {
		String whole = exported();
		List<String> before = graph.snapshot();

		assertThatThrownBy(() -> dump.importFrom(reader(whole), lines -> {
		})).isInstanceOf(InvalidDump.class).hasMessageContaining("holds a catalogue already");
		assertThat(graph.snapshot()).isEqualTo(before);

		graph.clear();
		for (String other : List.of("", "not json", "{\"format\":\"something-else\"}",
				"{\"format\":\"podgraph-export\",\"version\":2}\n{\"end\":true,\"nodes\":0,\"relationships\":0}")) {
			assertThatThrownBy(() -> dump.importFrom(reader(other), lines -> {
			})).isInstanceOf(InvalidDump.class);
		}
		assertThat(run("import", folder.resolve("missing.jsonl"))).isEqualTo(1);
		assertThat(command.run("import", List.of())).isEqualTo(2);
	}

	private String exported() throws IOException {
		StringWriter out = new StringWriter();
		dump.export(out, lines -> {
		});
		return out.toString();
	}

	private static BufferedReader reader(String text) {
		return new BufferedReader(new StringReader(text));
	}

	private int run(String name, Path file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			return command.run(name, List.of(file.toString()));
		}
		finally {
			command.printTo(System.out, System.err);
		}
	}

}
