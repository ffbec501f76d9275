package dev.podgraph;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.web.client.RestClient;

/**
 * The application started the way a user starts it, outside the shared test context: for tests of start-up, restarts
 * and the choice between embedded and external Neo4j. Test-only beans of the classpath are left out, as in
 * production.
 */
public final class StandaloneApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts podgraph on a free port with the given properties on top of {@code application.properties}.
	 * @param properties {@code name=value} pairs
	 * @return the running application
	 */
	public static StandaloneApplication start(String... properties) {
		return start(WebApplicationType.SERVLET, properties);
	}

	/**
	 * Starts podgraph without a web server, as a command does.
	 * @param properties {@code name=value} pairs
	 * @return the running application
	 */
	public static StandaloneApplication startWithoutWeb(String... properties) {
		return start(WebApplicationType.NONE, properties);
	}

	private static StandaloneApplication start(WebApplicationType type, String... properties) {
		// As command-line arguments, so that they override application.properties.
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		List.of(properties).forEach(property -> args.add("--" + property));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PodgraphApplication.class)
			.web(type)
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("excludeTestTypes", new ExcludeTestTypes()))
			.run(args.toArray(String[]::new));
		return new StandaloneApplication(context);
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	/** @return the application's HTTP address */
	public URI baseUri() {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/** @return a client for the application's HTTP port */
	public RestClient http() {
		return RestClient.builder().baseUrl(baseUri().toString()).build();
	}

	@Override
	public void close() {
		context.close();
	}

	/** Leaves out {@code @TestConfiguration} and {@code @TestComponent} classes, as a Spring Boot test context does. */
	static class ExcludeTestTypes extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
