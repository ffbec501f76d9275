package dev.podgraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType.QueryType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Reads of the embedded Neo4j through its own transaction API, in the application's process: the rows are read
 * where they are, not encoded into Bolt messages, sent over loopback and decoded again. A transaction that only reads
 * is never committed, and a query that would write is refused before it runs.
 */
public final class InProcessReads implements GraphReads {

	private final Supplier<Optional<GraphDatabaseService>> database;

	/**
	 * @param database the database while it runs, empty while it is stopped (the embedded Neo4j's, in the run command)
	 */
	public InProcessReads(Supplier<Optional<GraphDatabaseService>> database) {
		this.database = database;
	}

	@Override
	public <T> T read(Function<ReadTransaction, T> work) {
		GraphDatabaseService database = this.database.get()
			.orElseThrow(() -> new DataAccessResourceFailureException("The embedded Neo4j is stopped"));
		try (Transaction tx = database.beginTx()) {
			// Closed without a commit: a read has nothing to commit.
			return work.apply((cypher, parameters) -> rows(tx, cypher, parameters));
		}
		catch (DatabaseShutdownException ex) {
			throw new DataAccessResourceFailureException("The embedded Neo4j stopped during a read", ex);
		}
		catch (TransientFailureException ex) {
			throw new TransientDataAccessResourceException(ex.getMessage(), ex);
		}
		catch (QueryExecutionException ex) {
			if (this.database.get().isEmpty()) {
				throw new DataAccessResourceFailureException("The embedded Neo4j stopped during a read", ex);
			}
			throw new InvalidDataAccessResourceUsageException(ex.getMessage(), ex);
		}
	}

	private static List<Map<String, Object>> rows(Transaction tx, String cypher, Map<String, Object> parameters) {
		try (Result result = tx.execute(cypher, parameters)) {
			if (result.getQueryExecutionType().queryType() != QueryType.READ_ONLY) {
				throw new InvalidDataAccessApiUsageException("Not a read-only query: " + cypher);
			}
			List<String> columns = result.columns();
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				// In the query's order of columns, as the driver gives them.
				Map<String, Object> plain = LinkedHashMap.newLinkedHashMap(columns.size());
				for (String column : columns) {
					plain.put(column, plain(row.get(column)));
				}
				rows.add(plain);
			}
			return rows;
		}
	}

	/**
	 * The value as the driver gives it through Spring Data Neo4j's client: arrays (how Neo4j stores list properties)
	 * as lists, integers as {@code Long} and floats as {@code Double}, inside lists and maps too.
	 */
	static Object plain(Object value) {
		return switch (value) {
			case null -> null;
			case String s -> s;
			case Long l -> l;
			case Double d -> d;
			case Boolean b -> b;
			case Integer i -> i.longValue();
			case Short s -> s.longValue();
			case Byte b -> b.longValue();
			case Float f -> f.doubleValue();
			case Character c -> c.toString();
			case byte[] bytes -> bytes;
			case List<?> list -> {
				List<Object> plain = new ArrayList<>(list.size());
				list.forEach(item -> plain.add(plain(item)));
				yield plain;
			}
			case Map<?, ?> map -> {
				Map<String, Object> plain = LinkedHashMap.newLinkedHashMap(map.size());
				map.forEach((key, item) -> plain.put((String) key, plain(item)));
				yield plain;
			}
			case Entity entity -> throw new IllegalArgumentException(
					"An in-process read returned a node or relationship; return its properties instead");
			case Path path -> throw new IllegalArgumentException(
					"An in-process read returned a path; return its properties instead");
			default -> {
				if (value.getClass().isArray()) {
					int length = Array.getLength(value);
					List<Object> plain = new ArrayList<>(length);
					for (int i = 0; i < length; i++) {
						plain.add(plain(Array.get(value, i)));
					}
					yield plain;
				}
				// Dates and times: the same java.time types as the driver's. (Durations and points would be Neo4j's
				// own types, not the driver's; no read returns them.)
				yield value;
			}
		};
	}

}
