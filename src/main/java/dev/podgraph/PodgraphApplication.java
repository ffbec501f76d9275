package dev.podgraph;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * podgraph: a knowledge graph of podcast catalogues on Neo4j.
 * <p>
 * Without arguments it serves the API; with a command ({@code ingest ...}) it runs that command against the same
 * graph, without a web server, and exits.
 */
// No users or passwords: writing is authorised by API tokens (web.security). Left in, Spring Boot would make a user
// with a generated password and log it.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PodgraphApplication {

	/** The commands, each handled by an {@code ApplicationRunner} of the module it belongs to. */
	static final Set<String> COMMANDS = Set.of("ingest", "guests", "export", "import", "compact-indexes");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PodgraphApplication.class);
		String command = command(args);
		if (command != null) {
			if (!COMMANDS.contains(command)) {
				System.err.println("Unknown command: " + command + ". Commands: " + String.join(", ", COMMANDS)
						+ "; no command starts the server.");
				System.exit(2);
			}
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			// Defaults only: a command's output is its progress and summary, and it never loads the demo.
			application.setDefaultProperties(Map.of("logging.level.root", "WARN", "podgraph.demo.enabled", "false"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	/**
	 * @return the command: the first argument that is no option, since options may come before it or after it; or
	 * {@code null} when there is none, to start the server
	 */
	static String command(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
	}

}
