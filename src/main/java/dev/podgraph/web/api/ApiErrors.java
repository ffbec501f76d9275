package dev.podgraph.web.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the API's errors into {@code application/problem+json}, naming each bad parameter and what is wrong with it;
 * the HTML pages have error pages of their own.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map(error -> Map.of("parameter", error.getField(), "message", message(error)))
			.toList();
		return handleExceptionInternal(ex, invalid(ex.getBody(), errors), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("parameter", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		return handleExceptionInternal(ex, invalid(ex.getBody(), errors), headers, status, request);
	}

	/** The problem detail of bad parameters, each named with what is wrong with it. */
	private static ProblemDetail invalid(ProblemDetail problem, List<Map<String, String>> errors) {
		problem.setTitle("Invalid parameters");
		problem.setDetail(String.join("; ", errors.stream()
			.map(e -> e.get("parameter") + " " + e.get("message"))
			.toList()));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String message(FieldError error) {
		if (error.isBindingFailure()) {
			return "has an invalid value '" + error.getRejectedValue() + "'";
		}
		return error.getDefaultMessage();
	}

}
