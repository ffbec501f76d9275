package dev.podgraph.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.podgraph.PodgraphTest;
import dev.podgraph.TestGraph;

/**
 * {@code ingest <file|folder|url>}: a folder with a bad page ingests the others and reports the bad one.
 */
@PodgraphTest
class IngestCommandTests {

	@Autowired
	IngestCommand command;

	@Autowired
	TestGraph graph;

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyGraph() {
		graph.clear();
		command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	static byte[] seed(String variant) throws IOException {
		try (InputStream in = IngestCommandTests.class.getResourceAsStream("/pages/driven-by-data_s4e9_aimee-smith" + variant)) {
			return in.readAllBytes();
		}
	}

	@Test
	void ingestsAFolderAndReportsTheBadPagesWithoutLosingTheGoodOnes() throws IOException {
		Files.write(folder.resolve("a-seed.txt"), seed(".txt"));
		Files.createDirectories(folder.resolve("nested"));
		Files.writeString(folder.resolve("nested/b-other.html"), """
				<p>In Episode 2, of Season 1, of Other Show, Sam Host is joined by Jane Doe, CTO at Acme.</p>
				<ul><li>Data quality</li><li>Hiring data engineers</li></ul>""");
		Files.write(folder.resolve("c-empty.txt"), new byte[0]);
		Files.write(folder.resolve("d-binary.txt"), new byte[] { 0, 1, 2, 3, 0, 0 });
		Files.writeString(folder.resolve("ignored.png"), "not a page");

		int exit = command.run(List.of(folder.toString()), null);

		String summary = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(summary).contains("Ingested 2 of 4 pages")
			.contains("episodes: 2 created, 0 updated, 0 unchanged")
			.contains("failed: 2")
			.contains("c-empty.txt: The page is empty.")
			.contains("d-binary.txt: The page is not text");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("] 4/4 pages, 2 failed");
		assertThat(graph.countNodes("Episode")).isEqualTo(2);
	}

	@Test
	void pagesOfOneEpisodeInOneRunCountAsOneEpisode() throws IOException {
		Files.write(folder.resolve("a.txt"), seed(".txt"));
		Files.write(folder.resolve("b.html"), seed(".html"));
		Files.write(folder.resolve("c.txt"), seed("_player.txt"));

		assertThat(command.run(List.of(folder.toString()), null)).isZero();

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("episodes: 1 created, 0 updated, 2 unchanged");
	}

	@Test
	void ingestsFeedsBesidePagesAndReportsEachFeed() throws IOException {
		Files.write(folder.resolve("seed.txt"), seed(".txt"));
		Files.copy(IngestCommandTests.class.getResourceAsStream(
				"/feeds/spec_podcastindex-namespace-example_podcast-person-season-episode_3ep.xml"), folder.resolve("spec.xml"));
		Files.copy(IngestCommandTests.class.getResourceAsStream("/feeds/edge_feedparser-rs_billion-laughs-entity-expansion.xml"),
				folder.resolve("bomb.xml"));

		int exit = command.run(List.of(folder.toString()), null);

		String summary = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(summary).contains("spec.xml: 3 items, 3 episodes (3 created, 0 updated, 0 unchanged)")
			.contains("bomb.xml was not ingested: The feed declares a DOCTYPE")
			.contains("Ingested 1 of 1 pages");
		assertThat(graph.countNodes("Episode")).isEqualTo(4);
	}

	@Test
	void reIngestingIsIdempotent() throws IOException {
		Path page = Files.write(folder.resolve("seed.txt"), seed(".txt"));
		assertThat(command.run(List.of(page.toString()), null)).isZero();
		var before = graph.snapshot();

		assertThat(command.run(List.of(page.toString()), null)).isZero();

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("episodes: 0 created, 0 updated, 1 unchanged");
		assertThat(graph.snapshot()).isEqualTo(before);
	}

	@Test
	void refusesToFetchFromTheLocalNetwork() {
		int exit = command.run(List.of("http://127.0.0.1:9/episode", "file:///etc/passwd"), null);

		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("127.0.0.1, an internal address")
			.contains("Only http and https addresses can be fetched");
		assertThat(graph.countNodes("Episode")).isZero();
	}

	@Test
	void reportsAMissingFileAndExplainsUsage() {
		assertThat(command.run(List.of(folder.resolve("missing.txt").toString()), null)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing.txt: No such file or folder.");

		assertThat(command.run(List.of(), null)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ingest");
	}

}
