package dev.podgraph.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.podgraph.graph.WriteOutcome.Change;
import dev.podgraph.ingest.FeedImporter;
import dev.podgraph.ingest.FeedProperties;
import dev.podgraph.ingest.FeedReport;
import dev.podgraph.ingest.FeedSource;
import dev.podgraph.ingest.IngestProperties;
import dev.podgraph.ingest.InvalidPage;
import dev.podgraph.ingest.ImportedEpisode;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.PageSource;
import dev.podgraph.ingest.InvalidFeed;
import dev.podgraph.ingest.FetchRefused;

/**
 * Ingests a show-notes page sent as the request body (text or HTML), and feeds sent as the body or fetched by URL.
 */
@RestController
@RequestMapping(path = "/api/ingest", produces = "application/json")
@Tag(name = "Ingest", description = "Show-notes pages and feeds into the graph")
class IngestApi {

	private final PageImporter importer;

	private final FeedImporter feeds;

	private final long maxBytes;

	private final long maxFeedBytes;

	IngestApi(PageImporter importer, FeedImporter feeds, IngestProperties properties, FeedProperties feedProperties) {
		this.importer = importer;
		this.feeds = feeds;
		this.maxBytes = properties.maxPageSize().toBytes();
		this.maxFeedBytes = feedProperties.maxSize().toBytes();
	}

	@PostMapping(path = "/page", consumes = { "text/plain", "text/html", "application/xhtml+xml" })
	@Operation(summary = "Ingest a show-notes page; 201 when the episode is new, 200 when it was there")
	ResponseEntity<ImportedEpisode> page(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@Parameter(description = "the podcast's title, for a page that names none") @RequestParam(required = false) String podcast)
			throws IOException {
		byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		ImportedEpisode imported = importer.importPage(new PageSource("request", content, contentType), podcast);
		if (imported.change() == Change.CREATED) {
			return ResponseEntity.created(URI.create("/api/episodes/" + imported.episode())).body(imported);
		}
		return ResponseEntity.ok(imported);
	}

	@PostMapping(path = "/feed", consumes = { "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" })
	@Operation(summary = "Ingest a feed sent as the body")
	FeedReport feed(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@Parameter(description = "the podcast's title, for a feed that names none") @RequestParam(required = false) String podcast)
			throws IOException {
		byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFeedBytes + 1));
		return feeds.importFeed(new FeedSource("request", content, contentType), podcast, written -> {
		});
	}

	/**
	 * A feed to fetch.
	 * @param url its address: http or https, outside podgraph's own network
	 * @param podcast the podcast's title, for a feed that names none, or {@code null}
	 */
	record FeedRequest(@NotBlank String url, String podcast) {
	}

	@PostMapping(path = "/feed", consumes = "application/json")
	@Operation(summary = "Fetch and ingest a feed; an unchanged feed is neither downloaded nor written again")
	FeedReport feed(@Valid @RequestBody FeedRequest request) {
		URI url;
		try {
			url = URI.create(request.url().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchRefused("The address is not a URL: " + request.url());
		}
		return feeds.importFeed(url, request.podcast(), written -> {
		});
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFeed(InvalidFeed ex) {
		HttpStatus status = ex.reason() == InvalidFeed.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return problem(status, "/problems/invalid-feed", "The feed cannot be ingested", ex.getMessage(), ex.reason().name());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> fetchRefused(FetchRefused ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "/problems/fetch-refused", "The address cannot be fetched",
				ex.getMessage(), "FETCH_REFUSED");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
			String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(type));
		problem.setTitle(title);
		problem.setProperty("reason", reason);
		return ResponseEntity.status(status).body(problem);
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
