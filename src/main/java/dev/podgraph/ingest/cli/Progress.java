package dev.podgraph.ingest.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar, redrawn in place: {@code [#########.........] 45/100 pages, 1 failed}.
 */
final class Progress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final int total;

	Progress(PrintStream out, int total) {
		this.out = out;
		this.total = total;
	}

	private int shown = -1;

	private boolean items;

	/** For a feed, whose length is unknown until read: the items written so far. */
	void showItems(int written) {
		items = true;
		out.print("\r  " + written + " items written");
		out.flush();
	}

	/** Ends the line of {@link #showItems}, if anything was shown. */
	void done() {
		if (items) {
			out.println();
			items = false;
		}
	}

	void show(int done, int failed) {
		if (total <= 1 || done == shown) {
			return;
		}
		shown = done;
		int filled = (int) ((long) WIDTH * done / total);
		out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " pages"
				+ (failed > 0 ? ", " + failed + " failed" : ""));
		if (done == total) {
			out.println();
		}
		out.flush();
	}

}
