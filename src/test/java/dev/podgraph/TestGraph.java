package dev.podgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.boot.test.context.TestComponent;

/**
 * Direct access to the test database, for setting up and checking what the application wrote.
 */
@TestComponent
public class TestGraph {

	private final Driver driver;

	TestGraph(Driver driver) {
		this.driver = driver;
	}

	/** Deletes every node and relationship, keeping the schema and its migration history. */
	public void clear() {
		driver.executableQuery("MATCH (n) WHERE NONE(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n")
			.execute();
	}

	/** @return the number of nodes with the label */
	public long countNodes(String label) {
		return single("MATCH (n:" + label + ") RETURN count(n)", Map.of()).asLong();
	}

	/** @return the number of relationships of the type */
	public long countRelationships(String type) {
		return single("MATCH ()-[r:" + type + "]->() RETURN count(r)", Map.of()).asLong();
	}

	/** Counts of every label and relationship type that podgraph writes, for before-and-after comparisons. */
	public Map<String, Long> counts() {
		var counts = new java.util.TreeMap<String, Long>();
		for (String label : new String[] { "Podcast", "Episode", "Person", "Organisation", "Topic" }) {
			counts.put(label, countNodes(label));
		}
		for (String type : new String[] { "APPEARED_ON", "HOSTS", "WORKS_AT", "DISCUSSED", "SPONSORED", "MENTIONED",
				"PART_OF", "PRODUCES" }) {
			counts.put(type, countRelationships(type));
		}
		return counts;
	}

	/**
	 * The whole graph as sorted lines, one per node and relationship with its properties, keys standing in for
	 * element ids; bookkeeping properties ({@code writtenAt}, {@code firstWrittenAt}) are left out. Two graphs with equal snapshots hold the
	 * same data.
	 */
	public java.util.List<String> snapshot() {
		var nodes = driver.executableQuery("""
				MATCH (n) WHERE NONE(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
				RETURN labels(n)[0] AS label, properties(n) AS properties""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("label").asString() + " " + sorted(r.get("properties").asMap()));
		var relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE NONE(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration')
				RETURN a.key AS from, type(r) AS type, properties(r) AS properties, b.key AS to""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("from").asString() + " -" + r.get("type").asString() + sorted(r.get("properties").asMap())
					+ "-> " + r.get("to").asString());
		return java.util.stream.Stream.concat(nodes, relationships).sorted().toList();
	}

	private static String sorted(Map<String, Object> properties) {
		var sorted = new java.util.TreeMap<String, Object>(properties);
		sorted.remove("writtenAt");
		sorted.remove("firstWrittenAt");
		return sorted.toString();
	}

	/** Runs a query and returns the first column of its only row. */
	public org.neo4j.driver.Value single(String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0);
	}

	/**
	 * @return the operators of the plan Neo4j makes for a query, depth first, without their database's name (EXPLAIN:
	 * nothing runs)
	 */
	public List<String> operators(String cypher, Map<String, Object> parameters) {
		List<String> operators = new ArrayList<>();
		collect(driver.executableQuery("EXPLAIN " + cypher).withParameters(parameters).execute().summary().plan(),
				operators);
		return operators;
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> collect(child, operators));
	}

	public Driver driver() {
		return driver;
	}

}
