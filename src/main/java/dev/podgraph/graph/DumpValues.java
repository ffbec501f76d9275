package dev.podgraph.graph;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;

/**
 * Property values to JSON and back without losing their type. Strings, integers, floats, booleans and lists of them
 * are plain JSON (an integer is written without a point, a float always with one); every other Neo4j type is an
 * object with one key naming it, such as {@code {"$date": "2024-01-02"}}. Properties are never maps in Neo4j, so an
 * object is always such a value.
 */
final class DumpValues {

	private DumpValues() {
	}

	/** @return the value as plain Java objects that Jackson writes as described above */
	static Object toJson(Value value) {
		return toJson(value.asObject());
	}

	private static Object toJson(Object value) {
		return switch (value) {
			case String text -> text;
			case Long number -> number;
			case Double number -> number;
			case Boolean flag -> flag;
			case List<?> list -> list.stream().map(DumpValues::toJson).toList();
			case LocalDate date -> Map.of("$date", date.toString());
			case ZonedDateTime dateTime -> Map.of("$datetime", dateTime.toString());
			case OffsetDateTime dateTime -> Map.of("$datetime", dateTime.toZonedDateTime().toString());
			case LocalDateTime dateTime -> Map.of("$localdatetime", dateTime.toString());
			case OffsetTime time -> Map.of("$time", time.toString());
			case LocalTime time -> Map.of("$localtime", time.toString());
			case IsoDuration duration -> Map.of("$duration", duration(duration));
			case byte[] bytes -> Map.of("$bytes", Base64.getEncoder().encodeToString(bytes));
			case Point point -> Map.of("$point", point(point));
			default -> throw new IllegalStateException("A property of type " + value.getClass().getName()
					+ " cannot be exported");
		};
	}

	/** @return the value as the driver sends it, of the type it was exported with */
	static Object fromJson(JsonNode json) {
		if (json.isString()) {
			return json.asString();
		}
		if (json.isIntegralNumber()) {
			return json.asLong();
		}
		if (json.isNumber()) {
			return json.asDouble();
		}
		if (json.isBoolean()) {
			return json.asBoolean();
		}
		if (json.isArray()) {
			List<Object> list = new ArrayList<>();
			json.forEach(element -> list.add(fromJson(element)));
			return list;
		}
		if (json.isObject() && json.size() == 1) {
			String type = json.propertyNames().iterator().next();
			JsonNode v = json.get(type);
			return switch (type) {
				case "$date" -> LocalDate.parse(v.asString());
				case "$datetime" -> ZonedDateTime.parse(v.asString());
				case "$localdatetime" -> LocalDateTime.parse(v.asString());
				case "$time" -> OffsetTime.parse(v.asString());
				case "$localtime" -> LocalTime.parse(v.asString());
				case "$duration" -> Values.isoDuration(v.get("months").asLong(), v.get("days").asLong(),
						v.get("seconds").asLong(), v.get("nanoseconds").asInt()).asIsoDuration();
				case "$bytes" -> Base64.getDecoder().decode(v.asString());
				case "$point" -> v.has("z")
						? Values.point(v.get("srid").asInt(), v.get("x").asDouble(), v.get("y").asDouble(), v.get("z").asDouble())
						: Values.point(v.get("srid").asInt(), v.get("x").asDouble(), v.get("y").asDouble());
				default -> throw new InvalidDump("an unknown type of value: " + type);
			};
		}
		throw new InvalidDump("a value that no property can hold: " + json);
	}

	/** @return the properties of a line of the file */
	static Map<String, Object> properties(JsonNode json) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (json != null) {
			json.properties().forEach(p -> properties.put(p.getKey(), fromJson(p.getValue())));
		}
		return properties;
	}

	private static Map<String, Object> duration(IsoDuration duration) {
		return Map.of("months", duration.months(), "days", duration.days(), "seconds", duration.seconds(), "nanoseconds",
				duration.nanoseconds());
	}

	private static Map<String, Object> point(Point point) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("srid", point.srid());
		map.put("x", point.x());
		map.put("y", point.y());
		if (!Double.isNaN(point.z())) {
			map.put("z", point.z());
		}
		return map;
	}

}
