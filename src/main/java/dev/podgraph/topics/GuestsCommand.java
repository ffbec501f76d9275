package dev.podgraph.topics;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.podgraph.graph.EmbeddingStore;
import dev.podgraph.search.EmbeddingPass;
import dev.podgraph.topics.GuestAnswer.Appearance;
import dev.podgraph.topics.GuestAnswer.Guest;
import dev.podgraph.topics.GuestAnswer.Method;

/**
 * {@code guests <words>... [--method=words|taxonomy|meaning] [--limit=N]}: "which guests talked about X?" from the
 * command line, with the same answer as {@code GET /api/guests}. Episodes still waiting for their embeddings are
 * embedded first (the server does that in the background; a command has no background). Exits with 0 when it
 * answered, even with no guest, and 2 on wrong usage.
 */
@Component
class GuestsCommand implements ApplicationRunner, ExitCodeGenerator {

	/** The command's name, the first argument. */
	static final String NAME = "guests";

	static final String USAGE = "Usage: guests <words>... [--method=words|taxonomy|meaning] [--limit=N]";

	private final GuestFinder finder;

	private final EmbeddingStore embeddings;

	private final EmbeddingPass pass;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	GuestsCommand(GuestFinder finder, EmbeddingStore embeddings, EmbeddingPass pass) {
		this.finder = finder;
		this.embeddings = embeddings;
		this.pass = pass;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !words.getFirst().equals(NAME)) {
			return;
		}
		exitCode = run(words.subList(1, words.size()), first(args, "method"), first(args, "limit"));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Where the answer goes; for tests. */
	void printTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param words the question
	 * @param methodName WORDS, TAXONOMY or MEANING in any case, or {@code null} for MEANING
	 * @param limitText the most guests, or {@code null} for 10
	 * @return the exit code
	 */
	int run(List<String> words, String methodName, String limitText) {
		String question = String.join(" ", words).strip();
		Method method;
		int limit;
		try {
			method = methodName == null ? Method.MEANING : Method.valueOf(methodName.strip().toUpperCase(Locale.ROOT));
			limit = limitText == null ? 10 : Integer.parseInt(limitText.strip());
		}
		catch (IllegalArgumentException ex) {
			err.println("The method is one of " + Arrays.toString(Method.values()).toLowerCase(Locale.ROOT)
					+ " and the limit a number from 1 to 100.");
			err.println(USAGE);
			return 2;
		}
		if (question.isEmpty() || question.length() > 200 || limit < 1 || limit > 100) {
			err.println(USAGE);
			return 2;
		}
		if (method == Method.MEANING) {
			long pending = embeddings.pending().episodes();
			if (pending > 0) {
				out.printf(Locale.ROOT, "Embedding %,d episodes that wait for it first...%n", pending);
				EmbeddingPass.Result done = pass.catchUp();
				out.printf(Locale.ROOT, "Embedded %,d episodes in %.1f s%n", done.episodes(), done.seconds());
			}
		}
		print(finder.find(question, method, limit));
		return 0;
	}

	private void print(GuestAnswer answer) {
		out.printf(Locale.ROOT, "Guests who talked about \"%s\" (%s%s)%n", answer.question(),
				answer.method().name().toLowerCase(Locale.ROOT),
				answer.topics().isEmpty() ? ""
						: "; topics: " + String.join(", ", answer.topics().stream().map(t -> t.name()).toList()));
		if (answer.guests().isEmpty()) {
			out.println("No guest found.");
		}
		int rank = 1;
		for (Guest guest : answer.guests()) {
			out.printf(Locale.ROOT, "%n%d. %s  (%.2f)%n", rank++, guest.person().name(), guest.score());
			for (Appearance appearance : guest.episodes()) {
				String role = appearance.title() == null ? "" : appearance.title();
				if (appearance.organisation() != null) {
					role = role.isEmpty() ? appearance.organisation().name()
							: role + ", " + appearance.organisation().name();
				}
				out.printf(Locale.ROOT, "   %s%s%s%n", appearance.episode().title(),
						appearance.episode().published() == null ? "" : " (" + appearance.episode().published() + ")",
						role.isEmpty() ? "" : " - " + role);
				appearance.evidence().forEach(line -> out.println("     * " + line));
			}
		}
	}

	private static String first(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

}
