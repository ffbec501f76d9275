package dev.podgraph.web.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No node of the asked kind has the asked key; answered as a 404 {@link ProblemDetail}.
 */
class NotFound extends ErrorResponseException {

	static final URI TYPE = URI.create("/problems/not-found");

	NotFound(String kind, String key) {
		super(HttpStatus.NOT_FOUND, problem(kind, key), null);
	}

	private static ProblemDetail problem(String kind, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + kind + " has the key '" + key + "'.");
		problem.setType(TYPE);
		problem.setTitle(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " not found");
		problem.setProperty("kind", kind);
		problem.setProperty("key", key);
		return problem;
	}

}
