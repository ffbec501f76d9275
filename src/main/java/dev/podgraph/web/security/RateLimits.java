package dev.podgraph.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits per client address (as the server sees it: behind a proxy, set {@code server.forward-headers-strategy}
 * so that it is the visitor's): questions that embed text (the search page and {@code /api/guests}), and feeds
 * fetched by URL. A client over its limit gets 429 with {@code Retry-After}; others are not affected. Token buckets
 * (Bucket4j), refilled gradually, one per client and kind, forgotten when unused.
 */
final class RateLimits extends OncePerRequestFilter {

	/** What is limited. */
	enum Kind {
		SEARCH, FETCH
	}

	private final SecurityProperties.RateLimits limits;

	private final Cache<String, Bucket> buckets;

	RateLimits(SecurityProperties.RateLimits limits) {
		this.limits = limits;
		Duration longest = limits.search().per().compareTo(limits.fetch().per()) > 0 ? limits.search().per()
				: limits.fetch().per();
		// A bucket unused for a whole period is full again: forgetting it changes nothing.
		this.buckets = Caffeine.newBuilder().expireAfterAccess(longest).maximumSize(100_000).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Kind kind = kindOf(request);
		SecurityProperties.Limit limit = kind == null ? null : limitOf(kind);
		if (limit == null || limit.requests() <= 0) {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = buckets.get(kind + " " + request.getRemoteAddr(), key -> newBucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		Problems.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "/problems/rate-limited", "Too many requests",
				"More than " + limit.requests() + " " + (kind == Kind.SEARCH ? "questions" : "feeds fetched") + " per "
						+ limit.per().toSeconds() + " s from one address; try again in " + seconds + " s.");
	}

	static Kind kindOf(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (HttpMethod.GET.matches(request.getMethod()) && (path.equals("/search") || path.equals("/api/guests"))) {
			return Kind.SEARCH;
		}
		if (HttpMethod.POST.matches(request.getMethod()) && path.equals("/api/ingest/feed") && isJson(request)) {
			return Kind.FETCH;
		}
		return null;
	}

	private static boolean isJson(HttpServletRequest request) {
		try {
			return request.getContentType() != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
		}
		catch (InvalidMediaTypeException ex) {
			// Not a fetch: the controller answers 415.
			return false;
		}
	}

	private SecurityProperties.Limit limitOf(Kind kind) {
		return kind == Kind.SEARCH ? limits.search() : limits.fetch();
	}

	private static Bucket newBucket(SecurityProperties.Limit limit) {
		return Bucket.builder()
			.addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
			.build();
	}

}
