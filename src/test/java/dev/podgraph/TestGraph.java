package dev.podgraph;

import java.util.Map;

import org.neo4j.driver.Driver;
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

	/** Runs a query and returns the first column of its only row. */
	public org.neo4j.driver.Value single(String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0);
	}

	public Driver driver() {
		return driver;
	}

}
