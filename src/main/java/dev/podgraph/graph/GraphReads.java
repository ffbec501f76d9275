package dev.podgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Read-only transactions for the questions that must answer in a few milliseconds, such as "which guests talked about
 * X?". With the embedded Neo4j they run in-process, through Neo4j's own transaction API ({@link InProcessReads}): no
 * Bolt messages, no serialisation and no round trips, which halves a question's time. With a Neo4j server they run
 * through the driver in a read-only transaction ({@link BoltReads}), routed to a reader in a cluster.
 * <p>
 * Rows come as plain Java values either way, as Spring Data Neo4j's client gives them: {@code Long}, {@code Double},
 * {@code Boolean}, {@code String}, {@code java.time} values, lists and maps of those. Queries return values, never
 * nodes or relationships.
 */
public interface GraphReads {

	/**
	 * Runs the work in one read-only transaction. An error of the database is one of Spring's
	 * {@link org.springframework.dao.DataAccessException}s, as from any other read: a database that cannot be reached
	 * is a {@link org.springframework.dao.DataAccessResourceFailureException}.
	 * @param work the reads, as many queries as it needs
	 * @return what the work returned
	 */
	<T> T read(Function<ReadTransaction, T> work);

	/** A read-only transaction. */
	@FunctionalInterface
	interface ReadTransaction {

		/**
		 * @param cypher a query that only reads
		 * @param parameters its parameters
		 * @return all its rows, column by column
		 */
		List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

	}

}
