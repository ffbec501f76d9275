package dev.podgraph.recommend;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reasons as stored on a {@code SIMILAR} relationship: JSON, as the API writes them (each with its {@code type}).
 */
final class ReasonCodec {

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final ObjectWriter writer;

	private final ObjectReader reader;

	ReasonCodec() {
		JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.writer = mapper.writerFor(REASONS);
		this.reader = mapper.readerFor(REASONS);
	}

	String write(List<Reason> reasons) {
		return writer.writeValueAsString(reasons);
	}

	List<Reason> read(String json) {
		return List.copyOf(reader.<List<Reason>>readValue(json));
	}

}
