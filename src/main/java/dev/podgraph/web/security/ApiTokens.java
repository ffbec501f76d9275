package dev.podgraph.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured API tokens, kept only as SHA-256 digests and compared in constant time, so that neither memory
 * dumps nor response timings give a token away.
 */
final class ApiTokens {

	/** Shorter tokens can be guessed; a generated token (`openssl rand -hex 32`) has 64 characters. */
	static final int MIN_LENGTH = 32;

	private final Map<String, byte[]> digests = new LinkedHashMap<>();

	ApiTokens(Map<String, String> tokens) {
		tokens.forEach((name, token) -> {
			if (token == null || token.isBlank()) {
				// An empty variable, as a Compose file leaves one that was not set: no token by that name.
				return;
			}
			if (token.strip().length() < MIN_LENGTH) {
				throw new IllegalStateException("The API token podgraph.security.tokens." + name + " is shorter than "
						+ MIN_LENGTH + " characters; generate one with: openssl rand -hex 32");
			}
			digests.put(name, digest(token.strip()));
		});
	}

	boolean isEmpty() {
		return digests.isEmpty();
	}

	/** @return the name of the token presented, if it is one of the configured tokens */
	Optional<String> nameOf(String presented) {
		byte[] digest = digest(presented.strip());
		String match = null;
		// Every token is compared, whatever matched, so that the time taken says nothing about which.
		for (Map.Entry<String, byte[]> token : digests.entrySet()) {
			if (MessageDigest.isEqual(token.getValue(), digest)) {
				match = token.getKey();
			}
		}
		return Optional.ofNullable(match);
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
