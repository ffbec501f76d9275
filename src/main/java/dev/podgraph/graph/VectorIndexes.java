package dev.podgraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vector indexes, rebuilt in one piece. Written a batch at a time, as the embedding pass writes them, a vector
 * index grows in many Lucene segments, and a search by meaning searches each of them: at 100k episodes, 31 segments of
 * the evidence lines' index took 1.3 ms a search where the same index rebuilt in one segment took 0.4. Neo4j merges
 * the segments of a rebuilt index into one when {@code internal.dbms.index.vector.post_population_compaction} is
 * {@code FULL}, as the embedded Neo4j is configured.
 */
@Service
public class VectorIndexes {

	private static final String LIST = """
			SHOW VECTOR INDEXES YIELD name, entityType, labelsOrTypes, properties, options
			RETURN name, entityType, labelsOrTypes, properties, options ORDER BY name
			""";

	private static final String STATE = """
			SHOW INDEXES YIELD name, state, populationPercent, failureMessage WHERE name = $name
			RETURN state, populationPercent, failureMessage
			""";

	private static final Duration POLL = Duration.ofSeconds(2);

	/**
	 * A vector index as Neo4j describes it.
	 * @param name its name
	 * @param relationships whether it indexes relationships (else nodes)
	 * @param labelOrType the label or relationship type
	 * @param property the property that holds the vectors
	 * @param options its provider and configuration, as given when it was created
	 */
	public record Definition(String name, boolean relationships, String labelOrType, String property,
			Map<String, Object> options) {

		String create() {
			String pattern = relationships ? "()-[x:" + quoted(labelOrType) + "]-()" : "(x:" + quoted(labelOrType) + ")";
			return "CREATE VECTOR INDEX " + quoted(name) + " FOR " + pattern + " ON (x." + quoted(property)
					+ ") OPTIONS $options";
		}

	}

	/**
	 * How far a rebuild has come.
	 * @param index the index being rebuilt
	 * @param percent how much of it is populated, from 0 to 100
	 */
	public record Progress(String index, double percent) {
	}

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	VectorIndexes(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** @return the vector indexes, by name */
	@SuppressWarnings("unchecked")
	public List<Definition> list() {
		return client.query(LIST)
			.fetch()
			.all()
			.stream()
			.map(row -> new Definition((String) row.get("name"), "RELATIONSHIP".equals(row.get("entityType")),
					((List<String>) row.get("labelsOrTypes")).getFirst(), ((List<String>) row.get("properties")).getFirst(),
					(Map<String, Object>) row.get("options")))
			.toList();
	}

	/**
	 * Drops the index and creates it again with the same definition, in one transaction (so that the index is never
	 * missing: if the transaction fails, the old one stays), then waits until the new one is populated. Meanwhile
	 * searches of that index fail.
	 * @param index the index
	 * @param progress told how far the population has come, every few seconds
	 * @throws IllegalStateException when the population failed
	 */
	public void rebuild(Definition index, Consumer<Progress> progress) {
		transactions.executeWithoutResult(status -> {
			client.query("DROP INDEX " + quoted(index.name())).run();
			// Its configuration only: Neo4j chooses the index provider itself (naming one is deprecated).
			Map<String, Object> options = Map.of("indexConfig", index.options().getOrDefault("indexConfig", Map.of()));
			client.query(index.create()).bind(options).to("options").run();
		});
		while (true) {
			Map<String, Object> state = client.query(STATE)
				.bind(index.name())
				.to("name")
				.fetch()
				.one()
				.orElseThrow(() -> new IllegalStateException("The index " + index.name() + " disappeared while it was rebuilt"));
			double percent = ((Number) state.get("populationPercent")).doubleValue();
			progress.accept(new Progress(index.name(), percent));
			switch ((String) state.get("state")) {
				case "ONLINE" -> {
					return;
				}
				case "FAILED" -> throw new IllegalStateException(
						"Rebuilding the index " + index.name() + " failed: " + state.get("failureMessage"));
				default -> sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an index", ex);
		}
	}

	/** A name as Cypher reads it whatever it holds. */
	static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
