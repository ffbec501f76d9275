package dev.podgraph.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The rate limit filter on its own, with small limits: each client gets its allowance of questions and of feeds
 * fetched, then 429 with the time to wait; other requests and other clients are not affected.
 */
class RateLimitsTests {

	private final RateLimits limits = new RateLimits(new SecurityProperties.RateLimits(
			new SecurityProperties.Limit(3, Duration.ofMinutes(1)), new SecurityProperties.Limit(1, Duration.ofHours(1))));

	@Test
	void aClientGetsItsQuestionsThenWaits() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send(get("/api/guests", "10.0.0.1")).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send(get("/api/guests", "10.0.0.1"));

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 20L);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429").contains("More than 3 questions per 60 s");
		// The search page draws on the same allowance.
		assertThat(send(get("/search", "10.0.0.1")).getStatus()).isEqualTo(429);
	}

	@Test
	void otherClientsAndOtherRequestsAreNotAffected() throws Exception {
		for (int i = 0; i < 4; i++) {
			send(get("/search", "10.0.0.2"));
		}
		assertThat(send(get("/search", "10.0.0.3")).getStatus()).isEqualTo(200);
		for (int i = 0; i < 10; i++) {
			assertThat(send(get("/episodes/some-show:e1", "10.0.0.2")).getStatus()).isEqualTo(200);
			assertThat(send(get("/api/episodes", "10.0.0.2")).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void feedsFetchedByUrlHaveTheirOwnLimitAndFeedsSentAsTheBodyHaveNone() throws Exception {
		assertThat(send(post("application/json", "10.0.0.4")).getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = send(post("application/json; charset=utf-8", "10.0.0.4"));

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(3000L, 3600L);
		assertThat(send(post("application/rss+xml", "10.0.0.4")).getStatus()).isEqualTo(200);
		assertThat(send(post("not a media type", "10.0.0.4")).getStatus()).isEqualTo(200);
	}

	@Test
	void aLimitOfZeroIsNoLimit() throws Exception {
		RateLimits none = new RateLimits(new SecurityProperties.RateLimits(
				new SecurityProperties.Limit(0, Duration.ofMinutes(1)), new SecurityProperties.Limit(0, Duration.ofMinutes(1))));
		for (int i = 0; i < 50; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			none.doFilter(get("/api/guests", "10.0.0.5"), response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest get(String path, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		return request;
	}

	private static MockHttpServletRequest post(String contentType, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/ingest/feed");
		request.setContentType(contentType);
		request.setRemoteAddr(address);
		return request;
	}

}
