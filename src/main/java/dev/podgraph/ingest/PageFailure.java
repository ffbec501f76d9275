package dev.podgraph.ingest;

/**
 * A page that was not ingested, and why.
 *
 * @param source where the page came from
 * @param reason the kind of problem
 * @param message what exactly is wrong
 */
public record PageFailure(String source, InvalidPage.Reason reason, String message) {
}
