package dev.podgraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * Null-safe conversions from the maps the read queries return to the read records.
 */
final class RowMapping {

	private RowMapping() {
	}

	static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	static Role role(Value value) {
		return Role.valueOf(value.asString());
	}

	static NodeRef nodeRef(Value value) {
		return value.isNull() ? null : new NodeRef(string(value.get("key")), string(value.get("name")));
	}

	static List<NodeRef> nodeRefs(Value value) {
		return value.asList(RowMapping::nodeRef);
	}

	static EpisodeRef episodeRef(Value value) {
		return new EpisodeRef(string(value.get("key")), string(value.get("title")), integer(value.get("season")),
				integer(value.get("number")), date(value.get("published")), nodeRef(value.get("podcast")));
	}

	@SuppressWarnings("unchecked")
	static EpisodeRef episodeRef(Map<String, Object> map) {
		Map<String, Object> podcast = (Map<String, Object>) map.get("podcast");
		return new EpisodeRef((String) map.get("key"), (String) map.get("title"), integer(map.get("season")),
				integer(map.get("number")), (LocalDate) map.get("published"),
				podcast == null ? null : new NodeRef((String) podcast.get("key"), (String) podcast.get("name")));
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

	static List<EpisodeRef> episodeRefs(Value value) {
		return value.asList(RowMapping::episodeRef);
	}

}
