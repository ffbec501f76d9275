package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README stays true to the code: every podgraph property is in its configuration table, and CI runs the test
 * command it gives.
 */
class DocumentationTests {

	static final Path README = Path.of("README.md");

	@Test
	void everyPodgraphPropertyIsInTheConfigurationTable() throws IOException {
		String readme = Files.readString(README);
		List<String> properties = new ArrayList<>();
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			for (JsonNode property : JsonMapper.shared().readTree(in).path("properties")) {
				properties.add(property.get("name").asString());
			}
		}

		assertThat(properties).isNotEmpty().allSatisfy(name -> assertThat(readme).contains("| `" + name + "` |"));
	}

	@Test
	void ciRunsTheReadmesTestCommand() throws IOException {
		assertThat(Files.readString(README)).contains("./mvnw verify").contains("./mvnw spring-boot:run");
		assertThat(Files.readString(Path.of(".ci/run"))).contains("./mvnw -B verify")
			.contains("JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64");
	}

}
