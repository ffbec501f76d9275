package dev.podgraph.search;

import java.util.concurrent.Executor;

import dev.podgraph.graph.GraphReads;

/**
 * Catalogue searches wired by hand, for tests and benchmarks that compare ways of reading: through the driver or
 * in-process, searches side by side or one after another.
 */
public final class Searches {

	/** Runs each search on the caller's thread, one after another. */
	public static final Executor ONE_AFTER_ANOTHER = Runnable::run;

	private Searches() {
	}

	public static CatalogueSearch catalogueSearch(GraphReads reads, Executor executor) {
		return new CatalogueSearch(reads, executor);
	}

}
