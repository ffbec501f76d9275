package dev.podgraph.graph;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole graph to a file and back: JSON lines, a header with the format and its version, one line per node (its
 * labels and properties), one per relationship (its type, ends and properties), and a closing line with the counts,
 * so that a file cut short is recognised. Values keep their Neo4j types ({@link DumpValues}); embeddings, which the
 * vector indexes hold as 32-bit floats, are restored as such. The schema is not in the file: it comes from the
 * migrations, applied at start-up.
 * <p>
 * An import goes into a database without episodes, people, organisations or podcasts (the topic vocabulary that every
 * start writes is replaced by the file's), in batches; if it fails half-way, what it wrote is deleted again.
 */
@Service
public class GraphDump {

	/** The name of the format, the header's {@code format}. */
	public static final String FORMAT = "podgraph-export";

	/** The version this code writes and the newest it reads. */
	public static final int VERSION = 1;

	private static final int BATCH = 1_000;

	private static final String NOT_MIGRATIONS = "NONE(l IN labels(%s) WHERE l STARTS WITH '__Neo4jMigration')";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final Driver driver;

	GraphDump(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Counts of what was exported or imported.
	 * @param nodes nodes
	 * @param relationships relationships
	 * @param skipped relationships left out of an export because a node at one of their ends was written while the
	 * export ran
	 */
	public record Counts(long nodes, long relationships, long skipped) {
	}

	/**
	 * Writes the whole graph.
	 * @param out where the lines go; not closed
	 * @param progress told the number of lines written so far, every few thousand
	 */
	public Counts export(Writer out, LongConsumer progress) throws IOException {
		BufferedWriter lines = new BufferedWriter(out, 1 << 16);
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("format", FORMAT);
		header.put("version", VERSION);
		header.put("exportedAt", Instant.now().toString());
		write(lines, header);
		Map<String, Integer> ids = new HashMap<>();
		long relationships = 0;
		long skipped = 0;
		SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		// One explicit read transaction, not a managed one: the driver would run a managed one again after a
		// transient error, and write its lines twice.
		try (Session session = driver.session(read); Transaction tx = session.beginTransaction()) {
			Result nodes = tx.run("MATCH (n) WHERE " + NOT_MIGRATIONS.formatted("n")
					+ " RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS properties");
			while (nodes.hasNext()) {
				Record node = nodes.next();
				int id = ids.size();
				ids.put(node.get("element").asString(), id);
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("node", id);
				line.put("labels", node.get("labels").asList(Value::asString));
				line.put("properties", properties(node.get("properties")));
				write(lines, line);
				tick(progress, ids.size());
			}
			Result rels = tx.run("MATCH (a)-[r]->(b) WHERE " + NOT_MIGRATIONS.formatted("a")
					+ " RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties");
			while (rels.hasNext()) {
				Record rel = rels.next();
				Integer start = ids.get(rel.get("start").asString());
				Integer end = ids.get(rel.get("end").asString());
				if (start == null || end == null) {
					skipped++;
					continue;
				}
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("rel", relationships++);
				line.put("type", rel.get("type").asString());
				line.put("start", start);
				line.put("end", end);
				line.put("properties", properties(rel.get("properties")));
				write(lines, line);
				tick(progress, ids.size() + relationships);
			}
		}
		Map<String, Object> closing = new LinkedHashMap<>();
		closing.put("end", true);
		closing.put("nodes", ids.size());
		closing.put("relationships", relationships);
		write(lines, closing);
		lines.flush();
		return new Counts(ids.size(), relationships, skipped);
	}

	/**
	 * Restores an export into a database without episodes, people, organisations or podcasts.
	 * @param in the lines of an export
	 * @param progress told the number of lines read so far, every few thousand
	 * @throws InvalidDump when the file is not an export this code can read, or the database is not empty; nothing
	 * of the file stays in the database
	 */
	public Counts importFrom(BufferedReader in, LongConsumer progress) throws IOException {
		requireEmpty();
		JsonNode header = parse(in.readLine(), 1);
		if (header == null || !FORMAT.equals(header.path("format").asString(null))) {
			throw new InvalidDump("The file is not a podgraph export: its first line has no \"format\": \"" + FORMAT + "\".");
		}
		int version = header.path("version").asInt(0);
		if (version < 1 || version > VERSION) {
			throw new InvalidDump("The file is an export of format version " + version + "; this podgraph reads versions 1 to "
					+ VERSION + ".");
		}
		// The topic vocabulary that every start writes: the file's replaces it.
		deleteAll();
		try {
			return restore(in, progress);
		}
		catch (RuntimeException | IOException failure) {
			deleteAll();
			throw failure;
		}
	}

	private Counts restore(BufferedReader in, LongConsumer progress) throws IOException {
		Vectors vectors = vectors();
		List<String> elements = new ArrayList<>();
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> rels = new ArrayList<>();
		long relationships = 0;
		long number = 1;
		JsonNode end = null;
		for (String text = in.readLine(); text != null; text = in.readLine()) {
			number++;
			JsonNode line = parse(text, number);
			if (line == null) {
				continue;
			}
			if (end != null) {
				throw new InvalidDump("Line " + number + " comes after the closing line.");
			}
			if (line.has("node")) {
				if (!rels.isEmpty() || relationships > 0) {
					throw new InvalidDump("Line " + number + ": a node after the relationships.");
				}
				if (line.get("node").asInt() != elements.size() + nodes.size()) {
					throw new InvalidDump("Line " + number + ": nodes are numbered from 0 in order.");
				}
				nodes.add(nodeRow(line, vectors, number));
				if (nodes.size() == BATCH) {
					elements.addAll(createNodes(nodes));
					nodes.clear();
				}
			}
			else if (line.has("rel")) {
				if (!nodes.isEmpty()) {
					elements.addAll(createNodes(nodes));
					nodes.clear();
				}
				rels.add(relationshipRow(line, elements, vectors, number));
				relationships++;
				if (rels.size() == BATCH) {
					createRelationships(rels);
					rels.clear();
				}
			}
			else if (line.has("end")) {
				end = line;
			}
			else {
				throw new InvalidDump("Line " + number + " is neither a node, a relationship nor the closing line.");
			}
			if (number % 10_000 == 0) {
				progress.accept(number);
			}
		}
		elements.addAll(createNodes(nodes));
		createRelationships(rels);
		if (end == null) {
			throw new InvalidDump("The file ends early: it has no closing line (after " + number + " lines).");
		}
		if (end.path("nodes").asLong(-1) != elements.size() || end.path("relationships").asLong(-1) != relationships) {
			throw new InvalidDump("The file holds " + elements.size() + " nodes and " + relationships
					+ " relationships; its closing line says " + end.path("nodes") + " and " + end.path("relationships") + ".");
		}
		return new Counts(elements.size(), relationships, 0);
	}

	private Map<String, Object> nodeRow(JsonNode line, Vectors vectors, long number) {
		List<String> labels = new ArrayList<>();
		line.path("labels").forEach(l -> labels.add(l.asString()));
		if (labels.isEmpty() || labels.stream().anyMatch(String::isBlank)) {
			throw new InvalidDump("Line " + number + ": a node without labels.");
		}
		Map<String, Object> properties = DumpValues.properties(line.get("properties"));
		List<Map<String, Object>> vectorProperties = vectors.split(labels, properties);
		return Map.of("labels", labels, "properties", properties, "vectors", vectorProperties);
	}

	private Map<String, Object> relationshipRow(JsonNode line, List<String> elements, Vectors vectors, long number) {
		int start = line.path("start").asInt(-1);
		int end = line.path("end").asInt(-1);
		if (start < 0 || start >= elements.size() || end < 0 || end >= elements.size()) {
			throw new InvalidDump("Line " + number + ": a relationship to a node that the file does not hold.");
		}
		String type = line.path("type").asString("");
		if (type.isBlank()) {
			throw new InvalidDump("Line " + number + ": a relationship without a type.");
		}
		Map<String, Object> properties = DumpValues.properties(line.get("properties"));
		List<Map<String, Object>> vectorProperties = vectors.split(List.of(type), properties);
		return Map.of("start", elements.get(start), "end", elements.get(end), "type", type, "properties", properties,
				"vectors", vectorProperties);
	}

	private List<String> createNodes(List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return write("""
				UNWIND $rows AS row
				CREATE (n)
				SET n = row.properties, n:$(row.labels)
				WITH n, row
				CALL (n, row) {
				  UNWIND row.vectors AS v
				  CALL db.create.setNodeVectorProperty(n, v.key, v.value)
				}
				RETURN elementId(n) AS element""", rows).stream().map(r -> r.get("element").asString()).toList();
	}

	private void createRelationships(List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		write("""
				UNWIND $rows AS row
				MATCH (a) WHERE elementId(a) = row.start
				MATCH (b) WHERE elementId(b) = row.end
				CREATE (a)-[r:$(row.type)]->(b)
				SET r = row.properties
				WITH r, row
				CALL (r, row) {
				  UNWIND row.vectors AS v
				  CALL db.create.setRelationshipVectorProperty(r, v.key, v.value)
				}
				RETURN count(*) AS created""", rows);
	}

	private List<Record> write(String cypher, List<Map<String, Object>> rows) {
		try (Session session = driver.session()) {
			// A managed transaction: the driver runs it again after a transient error. Rows keep their order:
			// UNWIND ... CREATE ... RETURN answers in the order of the rows.
			return session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).list());
		}
	}

	private void requireEmpty() {
		try (Session session = driver.session()) {
			long held = session.executeRead(tx -> tx.run("""
					OPTIONAL MATCH (n) WHERE n:Episode OR n:Person OR n:Organisation OR n:Podcast
					RETURN count(n) AS held""").single().get("held").asLong());
			if (held > 0) {
				throw new InvalidDump("The database holds a catalogue already (" + held + " episodes, people, "
						+ "organisations and podcasts); import into an empty one.");
			}
		}
	}

	private void deleteAll() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) WHERE " + NOT_MIGRATIONS.formatted("n")
					+ " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
	}

	/** The properties that vector indexes hold, by label or relationship type. */
	private record Vectors(Map<String, Set<String>> byToken) {

		/** @return the vector properties, taken out of the properties */
		List<Map<String, Object>> split(List<String> tokens, Map<String, Object> properties) {
			List<Map<String, Object>> vectors = new ArrayList<>();
			for (String token : tokens) {
				for (String key : byToken.getOrDefault(token, Set.of())) {
					if (properties.get(key) instanceof List<?> list && !list.isEmpty()) {
						vectors.add(Map.of("key", key, "value", properties.remove(key)));
					}
				}
			}
			return vectors;
		}

	}

	private Vectors vectors() {
		Map<String, Set<String>> byToken = new HashMap<>();
		try (Session session = driver.session()) {
			session.executeRead(tx -> tx.run("SHOW VECTOR INDEXES YIELD labelsOrTypes, properties").list())
				.forEach(index -> index.get("labelsOrTypes").asList(Value::asString).forEach(token -> byToken
					.computeIfAbsent(token, t -> new HashSet<>())
					.addAll(index.get("properties").asList(Value::asString))));
		}
		return new Vectors(byToken);
	}

	private static Map<String, Object> properties(Value properties) {
		Map<String, Object> map = new java.util.TreeMap<>();
		properties.keys().forEach(key -> map.put(key, DumpValues.toJson(properties.get(key))));
		return map;
	}

	private static void write(BufferedWriter lines, Object line) {
		try {
			lines.write(JSON.writeValueAsString(line));
			lines.newLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode parse(String text, long number) {
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			return null;
		}
		try {
			JsonNode line = JSON.readTree(text);
			if (!line.isObject()) {
				throw new InvalidDump("Line " + number + " is not a JSON object.");
			}
			return line;
		}
		catch (JacksonException ex) {
			throw new InvalidDump("Line " + number + " is not JSON: " + ex.getOriginalMessage());
		}
	}

	private static void tick(LongConsumer progress, long lines) {
		if (lines % 10_000 == 0) {
			progress.accept(lines);
		}
	}

}
