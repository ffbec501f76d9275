package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;

/**
 * The example queries of {@code cypher/queries}, run as they are against the demo catalogue (the seed page and the
 * demo feeds): each parses, runs and answers something.
 */
@PodgraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleQueriesTests {

	@Autowired
	TestGraph graph;

	@Autowired
	PageImporter importer;

	@Autowired
	FeedImporter feeds;

	@BeforeAll
	void demoCatalogue() throws IOException {
		graph.clear();
		try (InputStream in = new ClassPathResource("demo/pages/driven-by-data_s4e9_aimee-smith.txt").getInputStream()) {
			importer.importPage(new PageSource("demo", in.readAllBytes(), null), null);
		}
		for (Resource feed : new PathMatchingResourcePatternResolver().getResources("classpath:demo/feeds/*")) {
			try (InputStream in = feed.getInputStream()) {
				feeds.importFeed(new FeedSource(feed.getFilename(), in.readAllBytes(), null), null, written -> {
				});
			}
		}
	}

	static Stream<Path> queries() throws IOException {
		return Files.list(Path.of("cypher/queries")).filter(p -> p.toString().endsWith(".cypher")).sorted();
	}

	@ParameterizedTest
	@MethodSource("queries")
	void runsAsWrittenAndAnswers(Path file) throws IOException {
		String cypher = Files.readString(file).strip();
		assertThat(cypher).as("one statement, ended by a semicolon as cypher-shell expects").endsWith(";");

		List<Record> rows = graph.driver()
			.executableQuery(cypher.substring(0, cypher.length() - 1))
			.execute()
			.records();

		assertThat(rows).isNotEmpty();
		assertThat(rows.getFirst().values()).noneMatch(org.neo4j.driver.Value::isNull);
	}

}
