package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The test pages of {@code src/test/resources/pages}.
 */
final class Pages {

	static final String SEED = "driven-by-data_s4e9_aimee-smith";

	private Pages() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	static PageSource seed(String variant) {
		return new PageSource(SEED + variant, bytes(SEED + variant), null);
	}

	static PageSource page(String name, String text) {
		return new PageSource(name, text.getBytes(StandardCharsets.UTF_8), null);
	}

}
