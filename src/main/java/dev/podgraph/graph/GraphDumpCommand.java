package dev.podgraph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code export <file>} and {@code import <file>}: the whole graph to a file of JSON lines and back
 * ({@link GraphDump}); a name ending in {@code .gz} is compressed. An export is written next to its name and moved
 * into place when complete, so a file of that name is always whole. Exits with 0 when done, 1 when it failed (the
 * reason on the error stream), 2 on wrong usage.
 */
@Component
class GraphDumpCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String EXPORT = "export";

	static final String IMPORT = "import";

	static final String USAGE = "Usage: export <file>[.gz] | import <file>[.gz]";

	private final GraphDump dump;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	GraphDumpCommand(GraphDump dump) {
		this.dump = dump;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !(words.getFirst().equals(EXPORT) || words.getFirst().equals(IMPORT))) {
			return;
		}
		exitCode = run(words.getFirst(), words.subList(1, words.size()));
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

	int run(String command, List<String> files) {
		if (files.size() != 1) {
			err.println(USAGE);
			return 2;
		}
		Path file = Path.of(files.getFirst());
		long started = System.nanoTime();
		try {
			GraphDump.Counts counts = command.equals(EXPORT) ? export(file) : importFrom(file);
			out.printf(Locale.ROOT, "%s %,d nodes and %,d relationships in %.1f s%n",
					command.equals(EXPORT) ? "Exported" : "Imported", counts.nodes(), counts.relationships(),
					(System.nanoTime() - started) / 1e9);
			if (counts.skipped() > 0) {
				out.printf(Locale.ROOT, "Left out %,d relationships to nodes written while the export ran%n",
						counts.skipped());
			}
			return 0;
		}
		catch (InvalidDump | IOException ex) {
			err.println((command.equals(EXPORT) ? "The export failed: " : "Nothing was imported: ") + ex.getMessage());
			return 1;
		}
	}

	private GraphDump.Counts export(Path file) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			GraphDump.Counts counts;
			try (OutputStream stream = open(Files.newOutputStream(partial), file);
					Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
				counts = dump.export(writer, lines -> out.printf(Locale.ROOT, "  %,d lines%n", lines));
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return counts;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private GraphDump.Counts importFrom(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new InvalidDump("There is no file " + file + ".");
		}
		try (InputStream stream = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
				: Files.newInputStream(file);
				BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			return dump.importFrom(reader, lines -> out.printf(Locale.ROOT, "  %,d lines%n", lines));
		}
	}

	private static OutputStream open(OutputStream stream, Path file) throws IOException {
		return file.toString().endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
	}

}
