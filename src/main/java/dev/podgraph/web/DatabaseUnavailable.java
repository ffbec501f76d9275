package dev.podgraph.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import dev.podgraph.graph.TransientErrors;

/**
 * While Neo4j cannot be reached (stopped, restarting, the network down), every request that needs it answers 503
 * Service Unavailable with {@code Retry-After}: a problem detail for the API, the error page for pages. Nothing needs
 * restarting: once Neo4j is back, the driver reconnects and requests answer again. Other database errors stay 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, Neo4jException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!TransientErrors.isUnavailable(ex)) {
			throw ex;
		}
		log.warn("Neo4j is unavailable; answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		String detail = "The graph database cannot be reached at the moment; try again in a few seconds.";
		if (!request.getRequestURI().startsWith("/api/")) {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), detail);
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setType(URI.create("/problems/database-unavailable"));
		problem.setTitle("The database is unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

}
