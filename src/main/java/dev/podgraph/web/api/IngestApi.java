package dev.podgraph.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.IngestProperties;
import dev.podgraph.ingest.InvalidPage;
import dev.podgraph.ingest.PageImported;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;

/**
 * Ingests one show-notes page sent as the request body, as text or HTML.
 */
@RestController
@RequestMapping(path = "/api/ingest", produces = "application/json")
@Tag(name = "Ingest", description = "Show-notes pages into the graph")
class IngestApi {

	private final PageImporter importer;

	private final long maxBytes;

	IngestApi(PageImporter importer, IngestProperties properties) {
		this.importer = importer;
		this.maxBytes = properties.maxPageSize().toBytes();
	}

	@PostMapping(path = "/page", consumes = { "text/plain", "text/html", "application/xhtml+xml" })
	@Operation(summary = "Ingest a show-notes page; 201 when the episode is new, 200 when it was there")
	ResponseEntity<PageImported> page(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@Parameter(description = "the podcast's title, for a page that names none") @RequestParam(required = false) String podcast)
			throws IOException {
		byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		PageImported imported = importer.importPage(new PageSource("request", content, contentType), podcast);
		if (imported.change() == Change.CREATED) {
			return ResponseEntity.created(URI.create("/api/episodes/" + imported.episode())).body(imported);
		}
		return ResponseEntity.ok(imported);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidPage(InvalidPage ex) {
		HttpStatus status = switch (ex.reason()) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(URI.create("/problems/invalid-page"));
		problem.setTitle("The page cannot be ingested");
		problem.setProperty("reason", ex.reason());
		return ResponseEntity.status(status).body(problem);
	}

}
