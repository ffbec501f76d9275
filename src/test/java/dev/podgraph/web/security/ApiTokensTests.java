package dev.podgraph.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Tokens, and who counts as "this machine" when writing is open locally.
 */
class ApiTokensTests {

	private static final String EDITOR = "e".repeat(40);

	private static final String CLI = "c".repeat(64);

	@Test
	void aTokenIsKnownByItsNameAndOnlyExactly() {
		ApiTokens tokens = new ApiTokens(Map.of("editor", EDITOR, "cli", CLI));

		assertThat(tokens.nameOf(EDITOR)).hasValue("editor");
		assertThat(tokens.nameOf(" " + CLI + " ")).hasValue("cli");
		assertThat(tokens.nameOf(EDITOR.substring(1))).isEmpty();
		assertThat(tokens.nameOf(EDITOR.toUpperCase())).isEmpty();
		assertThat(tokens.nameOf("")).isEmpty();
	}

	@Test
	void aShortTokenStopsTheStartWithAWayToMakeAGoodOne() {
		assertThatIllegalStateException().isThrownBy(() -> new ApiTokens(Map.of("editor", "secret")))
			.withMessageContaining("podgraph.security.tokens.editor")
			.withMessageContaining("openssl rand -hex 32");
		// An empty value, as a Compose file passes an unset variable, is no token at all.
		assertThat(new ApiTokens(Map.of("editor", " ")).isEmpty()).isTrue();
	}

	@Test
	void writingIsOpenLocallyOnlyWithTheEmbeddedNeo4jUnlessConfigured() {
		SecurityProperties unset = new SecurityProperties(Map.of(), null, null);

		assertThat(WebSecurity.openLocally(unset, new MockEnvironment())).isTrue();
		assertThat(WebSecurity.openLocally(unset,
				new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j+s://example.databases.neo4j.io"))).isFalse();
		assertThat(WebSecurity.openLocally(unset, new MockEnvironment().withProperty("podgraph.embedded.enabled", "false")))
			.isFalse();
		assertThat(WebSecurity.openLocally(new SecurityProperties(Map.of(), false, null), new MockEnvironment())).isFalse();
	}

	@Test
	void aRequestForwardedByAProxyIsNotFromThisMachine() {
		MockHttpServletRequest local = new MockHttpServletRequest();
		local.setRemoteAddr("127.0.0.1");
		MockHttpServletRequest ipv6 = new MockHttpServletRequest();
		ipv6.setRemoteAddr("0:0:0:0:0:0:0:1");
		MockHttpServletRequest forwarded = new MockHttpServletRequest();
		forwarded.setRemoteAddr("127.0.0.1");
		forwarded.addHeader("X-Forwarded-For", "203.0.113.9");
		MockHttpServletRequest remote = new MockHttpServletRequest();
		remote.setRemoteAddr("192.168.1.20");

		assertThat(ApiTokenFilter.fromThisMachine(local)).isTrue();
		assertThat(ApiTokenFilter.fromThisMachine(ipv6)).isTrue();
		assertThat(ApiTokenFilter.fromThisMachine(forwarded)).isFalse();
		assertThat(ApiTokenFilter.fromThisMachine(remote)).isFalse();
	}

}
