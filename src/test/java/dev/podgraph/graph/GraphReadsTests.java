package dev.podgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.podgraph.PodgraphTest;

/**
 * Reads in-process and through the driver give the same rows, value for value: lists stored as arrays come back as
 * lists, integers as {@code Long}, dates as {@code java.time}. An in-process read never writes, and its errors are
 * Spring's data-access errors like the driver's. The in-process reads run on the test harness's Neo4j, so where the
 * tests run on a Testcontainers Neo4j (a Docker engine), only the reads through the driver are there to test.
 */
@PodgraphTest
class GraphReadsTests {

	private static final String VALUES = """
			MATCH (n:ReadsProbe)
			RETURN n.text AS text, n.count AS count, n.ratio AS ratio, n.flag AS flag, n.day AS day, n.at AS at,
			       n.lines AS lines, n.numbers AS numbers, n.missing AS missing, [n.text, 1, 2.5, null] AS list,
			       {text: n.text, lines: n.lines, nested: {numbers: n.numbers}} AS map, [] AS empty
			""";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired(required = false)
	Neo4j harness;

	@Autowired
	GraphReads applicationReads;

	@BeforeEach
	void aNodeWithEveryKindOfValue() {
		neo4j.query("""
				CREATE (:ReadsProbe {text: 'Aimee Smith', count: 42, ratio: 0.25, flag: true, day: date('2024-03-05'),
				        at: datetime('2024-03-05T10:15:30[Europe/London]'),
				        lines: ['Tackling bias and ethics', 'Data culture'], numbers: [1, 2, 3]})
				""").run();
	}

	@AfterEach
	void removeIt() {
		neo4j.query("MATCH (n:ReadsProbe) DETACH DELETE n").run();
	}

	@Test
	void theApplicationReadsThroughTheDriverWhenNeo4jIsNotItsOwn() {
		// The tests' Neo4j is not the application's embedded one (podgraph.embedded.enabled=false).
		assertThat(applicationReads).isInstanceOf(BoltReads.class);
	}

	@Test
	void throughTheDriverRowsArePlainJavaValues() {
		Map<String, Object> row = new BoltReads(neo4j, transactions).read(tx -> tx.rows(VALUES, Map.of())).getFirst();

		assertThat(row).containsEntry("text", "Aimee Smith")
			.containsEntry("count", 42L)
			.containsEntry("ratio", 0.25)
			.containsEntry("flag", true)
			.containsEntry("day", LocalDate.of(2024, 3, 5))
			.containsEntry("lines", List.of("Tackling bias and ethics", "Data culture"))
			.containsEntry("numbers", List.of(1L, 2L, 3L))
			.containsEntry("missing", null)
			.containsEntry("empty", List.of());
		assertThat(row.get("at")).isEqualTo(ZonedDateTime.parse("2024-03-05T10:15:30Z[Europe/London]"));
	}

	@Test
	void inProcessRowsEqualTheDriversValueForValue() {
		InProcessReads inProcess = inProcess();
		BoltReads bolt = new BoltReads(neo4j, transactions);

		List<Map<String, Object>> viaDriver = bolt.read(tx -> tx.rows(VALUES, Map.of()));
		List<Map<String, Object>> viaProcess = inProcess.read(tx -> tx.rows(VALUES, Map.of()));

		assertThat(viaProcess).hasSize(1).isEqualTo(viaDriver);
		assertThat(viaProcess.getFirst().get("lines")).isInstanceOf(List.class);
		assertThat(viaProcess.getFirst().keySet()).containsExactlyElementsOf(viaDriver.getFirst().keySet());
	}

	@Test
	void parametersOfEveryKindReachTheQuery() {
		Map<String, Object> parameters = Map.of("keys", List.of("a", "b"), "vector", new float[] { 0.5f, 0.25f },
				"limit", 3);
		String cypher = "RETURN $keys AS keys, $vector AS vector, $limit AS limit";

		Map<String, Object> row = inProcess().read(tx -> tx.rows(cypher, parameters)).getFirst();

		assertThat(row).containsEntry("keys", List.of("a", "b"))
			.containsEntry("vector", List.of(0.5, 0.25))
			.containsEntry("limit", 3L);
	}

	@Test
	void aQueryThatWouldWriteIsRefusedAndNothingIsWritten() {
		InProcessReads inProcess = inProcess();

		assertThatThrownBy(() -> inProcess.read(tx -> tx.rows("CREATE (:ReadsProbe {text: 'written'})", Map.of())))
			.isInstanceOf(InvalidDataAccessApiUsageException.class)
			.hasMessageContaining("Not a read-only query");
		assertThatThrownBy(() -> inProcess
			.read(tx -> tx.rows("MATCH (n:ReadsProbe) SET n.text = 'changed' RETURN n.text AS text", Map.of())))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);

		assertThat(neo4j.query("MATCH (n:ReadsProbe) RETURN collect(n.text) AS texts").fetch().one().orElseThrow())
			.containsEntry("texts", List.of("Aimee Smith"));
	}

	@Test
	void anInvalidQueryIsADataAccessError() {
		assertThatThrownBy(() -> inProcess().read(tx -> tx.rows("MATCH (n RETURN n", Map.of())))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class);
	}

	@Test
	void aStoppedDatabaseIsUnavailable() {
		InProcessReads stopped = new InProcessReads(Optional::empty);

		assertThatThrownBy(() -> stopped.read(tx -> tx.rows("RETURN 1 AS one", Map.of())))
			.isInstanceOf(DataAccessResourceFailureException.class)
			.satisfies(ex -> assertThat(TransientErrors.isUnavailable(ex)).isTrue());
	}

	@Test
	void nodesAreNotHandedOut() {
		assertThatThrownBy(() -> inProcess().read(tx -> tx.rows("MATCH (n:ReadsProbe) RETURN n", Map.of())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("return its properties");
	}

	private InProcessReads inProcess() {
		Assumptions.assumeTrue(harness != null,
				"The tests run on a Testcontainers Neo4j: no database in this process to read in-process");
		GraphDatabaseService database = harness.defaultDatabaseService();
		return new InProcessReads(() -> Optional.of(database));
	}

}
