package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;

import dev.podgraph.StandaloneApplication;
import dev.podgraph.config.EmbeddedNeo4j;
import dev.podgraph.search.EmbeddingPass;

/**
 * {@code compact-indexes} on the embedded Neo4j: each vector index rebuilt in one Lucene segment, with the same
 * definition and the same vectors, and questions by meaning answered as before.
 */
class VectorIndexesTests {

	@TempDir
	Path dataDir;

	@Test
	void rebuildsEveryVectorIndexInOneSegmentWithTheSameDefinitionAndAnswers() throws IOException {
		try (StandaloneApplication app = StandaloneApplication.start("podgraph.embedded.data-dir=" + dataDir,
				"podgraph.embedded.bolt-port=0", "podgraph.search.embeddings.background=false",
				"podgraph.recommend.lists.background=false",
				"podgraph.search.embeddings.batch-size=8")) {
			// The demo's embeddings written a few episodes per transaction, as the background pass writes them.
			app.context().getBean(EmbeddingPass.class).catchUp();
			VectorIndexes indexes = app.context().getBean(VectorIndexes.class);
			List<VectorIndexes.Definition> before = indexes.list();
			Map<String, Long> vectorsBefore = vectorCounts(app);
			assertThat(before).extracting(VectorIndexes.Definition::name)
				.containsExactly("episode_embedding", "evidence_embedding", "topic_embedding");
			assertThat(segments("evidence_embedding", app)).as("segments before").isGreaterThan(1);
			assertThat(firstGuest(app)).isEqualTo("Aimee Smith");

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			CompactIndexesCommand command = app.context().getBean(CompactIndexesCommand.class);
			command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
			assertThat(command.run(List.of())).isZero();

			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Rebuilt episode_embedding", "Rebuilt evidence_embedding",
					"Rebuilt topic_embedding", "100%");
			assertThat(indexes.list()).isEqualTo(before);
			for (VectorIndexes.Definition index : before) {
				assertThat(segments(index.name(), app)).as(index.name()).isEqualTo(1);
			}
			assertThat(vectorCounts(app)).isEqualTo(vectorsBefore);
			assertThat(firstGuest(app)).isEqualTo("Aimee Smith");
		}
	}

	@Test
	void refusesArguments() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CompactIndexesCommand command = new CompactIndexesCommand(null);
		command.printTo(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(command.run(List.of("episode_embedding"))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(CompactIndexesCommand.USAGE);
	}

	@Test
	void saysWhyWhenTheIndexesCannotBeRead() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		VectorIndexes unreachable = new VectorIndexes(null, null) {
			@Override
			public List<Definition> list() {
				throw new org.springframework.dao.DataAccessResourceFailureException("Neo4j is not reachable");
			}
		};
		CompactIndexesCommand command = new CompactIndexesCommand(unreachable);
		command.printTo(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(command.run(List.of())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("The vector indexes could not be read: Neo4j is not reachable");
	}

	@Test
	void quotesNamesWhateverTheyHold() {
		assertThat(VectorIndexes.quoted("a`b")).isEqualTo("`a``b`");
		assertThat(new VectorIndexes.Definition("x", true, "DISCUSSED", "embedding", Map.of()).create())
			.isEqualTo("CREATE VECTOR INDEX `x` FOR ()-[x:`DISCUSSED`]-() ON (x.`embedding`) OPTIONS $options");
	}

	/**
	 * How many episodes, evidence lines and topics have a vector, and how many episodes a search of the episodes'
	 * index for a thousand nearest hands out.
	 */
	private static Map<String, Long> vectorCounts(StandaloneApplication app) {
		Neo4jClient client = app.context().getBean(Neo4jClient.class);
		return Map.of("episodes", count(client, "MATCH (e:Episode) WHERE e.embedding IS NOT NULL RETURN count(e)"),
				"evidence", count(client, "MATCH ()-[d:DISCUSSED]->() WHERE d.embedding IS NOT NULL RETURN count(d)"),
				"topics", count(client, "MATCH (t:Topic) WHERE t.embedding IS NOT NULL RETURN count(t)"),
				"found", count(client, """
						MATCH (e:Episode) WHERE e.embedding IS NOT NULL WITH e LIMIT 1
						CALL db.index.vector.queryNodes('episode_embedding', 1000, e.embedding) YIELD node
						RETURN count(node)"""));
	}

	private static long count(Neo4jClient client, String query) {
		return client.query(query).fetchAs(Long.class).one().orElseThrow();
	}

	/** The first guest who talked about ethics, by meaning (the vector indexes), through the API. */
	@SuppressWarnings("unchecked")
	private static String firstGuest(StandaloneApplication app) {
		Map<String, Object> answer = app.http()
			.get()
			.uri("/api/guests?topic={topic}&method=MEANING", "ethics")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		List<Map<String, Object>> guests = (List<Map<String, Object>>) answer.get("guests");
		return (String) ((Map<String, Object>) guests.getFirst().get("person")).get("name");
	}

	/** The Lucene segments of the index, from the files of its folder once a checkpoint has written them. */
	private long segments(String name, StandaloneApplication app) throws IOException {
		GraphDatabaseAPI database = (GraphDatabaseAPI) app.context().getBean(EmbeddedNeo4j.class).database().orElseThrow();
		database.getDependencyResolver()
			.resolveDependency(CheckPointer.class)
			.forceCheckPoint(new SimpleTriggerInfo("counting the segments of " + name));
		long id = app.context().getBean(Neo4jClient.class)
			.query("SHOW INDEXES YIELD name, id WHERE name = $name RETURN id")
			.bind(name)
			.to("name")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		Path index;
		try (Stream<Path> providers = Files.list(dataDir.resolve("data/databases/neo4j/schema/index"))) {
			index = providers.filter(p -> p.getFileName().toString().startsWith("vector"))
				.map(p -> p.resolve(Long.toString(id)))
				.filter(Files::isDirectory)
				.findFirst()
				.orElseThrow();
		}
		try (Stream<Path> files = Files.walk(index)) {
			return files.filter(p -> p.toString().endsWith(".si")).count();
		}
	}

}
