package dev.podgraph.ingest.shownotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common given names (about 5,300, from six languages; {@code names/given-names.txt}), as one piece of evidence that
 * capitalised words in an episode title are a person ("Aspectacular with Vlad Hrybok") rather than a subject
 * ("Integrating with Third Party Libraries"). Absence proves nothing: many names are not on the list.
 */
final class GivenNames {

	private static final Set<String> NAMES = load();

	private GivenNames() {
	}

	/** @return whether the first word of {@code name} is a known given name */
	static boolean startsWithGivenName(String name) {
		String first = Names.withoutHonorific(name).strip().split("\\s+")[0];
		return NAMES.contains(first.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> names = new HashSet<>();
		try (InputStream in = GivenNames.class.getResourceAsStream("/names/given-names.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				if (!line.isBlank() && !line.startsWith("#")) {
					names.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of given names cannot be read", ex);
		}
		return Set.copyOf(names);
	}

}
