package dev.podgraph.ingest.fetch;

import java.net.URI;

/**
 * What a fetch brought back.
 *
 * @param uri the address finally read, after redirects
 * @param status the HTTP status: 200, or 304 when the resource is unchanged since the given validators
 * @param body the body, empty for 304
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param etag the {@code ETag} header, or {@code null}
 * @param lastModified the {@code Last-Modified} header, or {@code null}
 */
public record Fetched(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {

	/** @return whether the server said the resource has not changed since the validators sent */
	public boolean notModified() {
		return status == 304;
	}

}
