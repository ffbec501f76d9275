package dev.podgraph.web.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals made before a request reaches a controller, in the form the rest of the application answers: a
 * {@code ProblemDetail} for the API, the error page for pages.
 */
final class Problems {

	private static final JsonMapper JSON = JsonMapper.shared();

	private Problems() {
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String title, String detail) throws IOException {
		if (!request.getRequestURI().startsWith("/api/")) {
			response.sendError(status.value(), detail);
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getWriter(), problem);
	}

}
