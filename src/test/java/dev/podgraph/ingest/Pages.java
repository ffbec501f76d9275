package dev.podgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The test pages of {@code src/test/resources/pages}.
 */
public final class Pages {

	public static final String SEED = "driven-by-data_s4e9_aimee-smith";

	private Pages() {
	}

	public static byte[] bytes(String name) {
		try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	public static PageSource seed(String variant) {
		return new PageSource(SEED + variant, bytes(SEED + variant), null);
	}

	public static PageSource page(String name, String text) {
		return new PageSource(name, text.getBytes(StandardCharsets.UTF_8), null);
	}

}
