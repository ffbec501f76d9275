package dev.podgraph;

/**
 * The API token of the test profile ({@code application-test.properties}), as a request presents it.
 */
public final class TestTokens {

	/** The {@code Authorization} header of a writer. */
	public static final String WRITER = "Bearer test-token-0123456789abcdef0123456789abcdef";

	private TestTokens() {
	}

}
