package dev.podgraph.graph;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code compact-indexes}: rebuilds every vector index in one piece ({@link VectorIndexes}), one after another, with
 * their progress. Searches by meaning are faster afterwards; while an index is rebuilt, those that need it fail. Exits
 * with 0 when done, 1 when a rebuild failed (the reason on the error stream), 2 on wrong usage.
 */
@Component
class CompactIndexesCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "compact-indexes";

	static final String USAGE = "Usage: compact-indexes";

	private final VectorIndexes indexes;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	CompactIndexesCommand(VectorIndexes indexes) {
		this.indexes = indexes;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !words.getFirst().equals(NAME)) {
			return;
		}
		exitCode = run(words.subList(1, words.size()));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Where the output goes; for tests. */
	void printTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments) {
		if (!arguments.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		List<VectorIndexes.Definition> all;
		try {
			all = indexes.list();
		}
		catch (RuntimeException ex) {
			err.println("The vector indexes could not be read: " + ex.getMessage());
			return 1;
		}
		for (VectorIndexes.Definition index : all) {
			long started = System.nanoTime();
			out.printf(Locale.ROOT, "Rebuilding %s%n", index.name());
			long[] shown = { -1 };
			try {
				indexes.rebuild(index, progress -> {
					// Each whole percent once: a large index takes minutes.
					long percent = (long) Math.floor(progress.percent());
					if (percent > shown[0]) {
						shown[0] = percent;
						out.printf(Locale.ROOT, "  %s %d%%%n", progress.index(), percent);
					}
				});
			}
			catch (RuntimeException ex) {
				err.println("The vector index " + index.name() + " was not rebuilt: " + ex.getMessage());
				return 1;
			}
			out.printf(Locale.ROOT, "Rebuilt %s in %.1f s%n", index.name(), (System.nanoTime() - started) / 1e9);
		}
		return 0;
	}

}
