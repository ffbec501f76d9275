package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.kernel.internal.Version;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is checked by reading it: the services, the Neo4j
 * version, the volume, and that every variable passed to the application is one it reads.
 */
class DockerComposeTests {

	static Map<String, Object> compose;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void read() throws IOException {
		compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
	}

	@Test
	void runsNeo4jOfTheVersionTheApplicationIsBuiltAgainst() {
		Map<String, Object> neo4j = service("neo4j");

		assertThat(neo4j.get("image")).isEqualTo(Neo4jTestConfiguration.NEO4J_IMAGE)
			.isEqualTo("neo4j:" + Version.getNeo4jVersion());
		assertThat(environment(neo4j).get("NEO4J_AUTH")).startsWith("neo4j/${NEO4J_PASSWORD:?");
	}

	@Test
	void setsNeo4jOnlySettingsItDeclares() {
		// The image turns NEO4J_a_b__c into the setting a.b_c; Neo4j refuses to start on a setting it does not know.
		Set<String> declared = Config.defaults().getDeclaredSettings().keySet();

		assertThat(environment(service("neo4j")).keySet()).contains("NEO4J_internal_dbms_index_vector_standard__merge__factor")
			.filteredOn(name -> !name.equals("NEO4J_AUTH"))
			.allSatisfy(name -> assertThat(declared)
				.contains(name.substring("NEO4J_".length()).replace("__", "\0").replace("_", ".").replace("\0", "_")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void keepsTheGraphInANamedVolume() {
		assertThat((List<String>) service("neo4j").get("volumes")).contains("neo4j-data:/data");
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey("neo4j-data");
	}

	@Test
	@SuppressWarnings("unchecked")
	void buildsTheApplicationFromTheRepositoryAndPointsItAtNeo4j() {
		Map<String, Object> app = service("app");

		assertThat((Map<String, Object>) app.get("build")).containsEntry("context", ".");
		assertThat(environment(app)).containsEntry("SPRING_NEO4J_URI", "bolt://neo4j:7687")
			.containsKey("SPRING_NEO4J_AUTHENTICATION_PASSWORD");
		assertThat((Map<String, Object>) app.get("depends_on")).containsKey("neo4j");
	}

	@Test
	void passesTheApplicationOnlyVariablesItReads() throws IOException {
		Set<String> known = knownPropertiesAsEnvironmentVariables();

		assertThat(known).as("configuration metadata was found").contains("SERVER_PORT");
		assertThat(environment(service("app")).keySet()).isNotEmpty()
			.allSatisfy(name -> assertThat(known.contains(name) || known.stream()
				.filter(k -> k.startsWith(MAP))
				.anyMatch(map -> name.startsWith(map.substring(MAP.length()) + "_"))).as(name).isTrue());
	}

	/** How a map property (its keys are part of the variable's name, as in PODGRAPH_SECURITY_TOKENS_EDITOR) is known. */
	private static final String MAP = "map:";

	/** Every property of the application's configuration metadata, in its environment-variable form. */
	private static Set<String> knownPropertiesAsEnvironmentVariables() throws IOException {
		Set<String> names = new HashSet<>();
		Resource[] metadata = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json");
		for (Resource resource : metadata) {
			try (InputStream in = resource.getInputStream()) {
				for (JsonNode property : JsonMapper.shared().readTree(in).path("properties")) {
					// Spring's relaxed binding: dots become underscores, dashes are dropped, all upper case.
					String name = property.get("name").asString().replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
					names.add(name);
					if (property.path("type").asString("").startsWith("java.util.Map")) {
						names.add(MAP + name);
					}
				}
			}
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) {
		return ((Map<String, Map<String, Object>>) compose.get("services")).get(name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		return (Map<String, String>) service.get("environment");
	}

}
