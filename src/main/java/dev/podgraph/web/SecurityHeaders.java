package dev.podgraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep pages built from text of the open internet harmless: scripts, styles and images from this site
 * only (no inline script runs, even one that got past escaping), no framing, no MIME sniffing. The API documentation
 * (Swagger UI) needs inline code of its own and keeps its defaults.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		if (!path.startsWith("/swagger-ui") && !path.startsWith("/v3/api-docs")) {
			response.setHeader("Content-Security-Policy", POLICY);
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		chain.doFilter(request, response);
	}

}
