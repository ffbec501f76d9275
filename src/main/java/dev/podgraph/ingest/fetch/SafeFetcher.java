package dev.podgraph.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import dev.podgraph.ingest.FetchRefused;

/**
 * Fetches one resource over http or https, refusing addresses inside the private network unless allowed, following
 * at most a few redirects (each checked again), and reading at most a set number of bytes after decompression.
 */
public final class SafeFetcher {

	/**
	 * How to fetch.
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long the whole response may take
	 * @param maxBytes the most bytes to read, after decompression
	 * @param maxRedirects the most redirects to follow
	 * @param allowPrivateAddresses whether loopback, private, link-local and other internal addresses may be fetched
	 * @param userAgent the User-Agent to send
	 * @param allowedHosts hosts that may be fetched even though they are internal (an internal feed server), by name
	 */
	public record Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
			boolean allowPrivateAddresses, String userAgent, java.util.Set<String> allowedHosts) {

		public Settings {
			allowedHosts = allowedHosts == null ? java.util.Set.of()
					: allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
		}

		public Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
				boolean allowPrivateAddresses, String userAgent) {
			this(connectTimeout, readTimeout, maxBytes, maxRedirects, allowPrivateAddresses, userAgent, null);
		}

	}

	private final Settings settings;

	private final HttpClient client;

	public SafeFetcher(Settings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @param uri the address to fetch
	 * @param etag the {@code ETag} of the copy already held, or {@code null}
	 * @param lastModified the {@code Last-Modified} of the copy already held, or {@code null}
	 * @return the response: 200 with a body, or 304 when unchanged
	 * @throws FetchRefused when the address is not allowed, the server fails or the body is too large
	 */
	public Fetched fetch(URI uri, String etag, String lastModified) {
		URI current = uri;
		for (int redirects = 0; redirects <= settings.maxRedirects(); redirects++) {
			checkAllowed(current);
			HttpResponse<InputStream> response = send(current, etag, lastModified);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && status != 304) {
				String location = response.headers().firstValue("Location").orElse(null);
				close(response);
				if (location == null) {
					throw new FetchRefused(current + " answered " + status + " without a Location to go to");
				}
				current = current.resolve(location.strip());
				continue;
			}
			if (status == 304) {
				close(response);
				return new Fetched(current, 304, new byte[0], null, etag, lastModified);
			}
			if (status != 200) {
				close(response);
				throw new FetchRefused(current + " answered HTTP " + status);
			}
			byte[] body = read(response, current);
			return new Fetched(current, 200, body, response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
		}
		throw new FetchRefused(uri + " redirected more than " + settings.maxRedirects() + " times");
	}

	/**
	 * @param uri an address
	 * @throws FetchRefused when the scheme is not http(s) or the host is, or resolves to, an internal address
	 */
	public void checkAllowed(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchRefused("Only http and https addresses can be fetched, not " + uri);
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw new FetchRefused("The address " + uri + " has no host, or carries a user name");
		}
		if (settings.allowPrivateAddresses() || settings.allowedHosts().contains(uri.getHost().toLowerCase(Locale.ROOT))) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new FetchRefused("The host " + uri.getHost() + " does not resolve", ex);
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				throw new FetchRefused("The host " + uri.getHost() + " resolves to " + address.getHostAddress()
						+ ", an internal address; podgraph does not fetch from its own network"
						+ " (see podgraph.ingest.fetch.allowed-hosts)");
			}
		}
	}

	/** Loopback, private, link-local, carrier-grade NAT, unique-local, multicast and unspecified addresses. */
	static boolean isInternal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0)
					|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
		}
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
			boolean mapped = isIpv4Mapped(b);
			if (mapped) {
				try {
					return isInternal(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
			return uniqueLocal;
		}
		return true;
	}

	private static boolean isIpv4Mapped(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}

	private HttpResponse<InputStream> send(URI uri, String etag, String lastModified) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(settings.readTimeout())
			.header("User-Agent", settings.userAgent())
			.header("Accept-Encoding", "gzip")
			.GET();
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (lastModified != null) {
			request.header("If-Modified-Since", lastModified);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException ex) {
			throw new FetchRefused(uri + " did not answer within " + settings.readTimeout().toSeconds() + " s", ex);
		}
		catch (IOException ex) {
			throw new FetchRefused("Cannot fetch " + uri + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchRefused("Fetching " + uri + " was interrupted", ex);
		}
	}

	private byte[] read(HttpResponse<InputStream> response, URI uri) {
		boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
		try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
			if (body.length > settings.maxBytes()) {
				throw new FetchRefused(uri + " is larger than the limit of " + settings.maxBytes() + " bytes");
			}
			return body;
		}
		catch (IOException ex) {
			throw new FetchRefused("Cannot read " + uri + ": " + ex.getMessage(), ex);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// Nothing more is read from a response that is not used.
		}
	}

}
