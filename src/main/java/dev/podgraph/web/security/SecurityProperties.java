package dev.podgraph.web.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access control and rate limits.
 *
 * @param tokens the API tokens that may write (ingest pages and feeds), by name: {@code podgraph.security.tokens.NAME}
 * or {@code PODGRAPH_SECURITY_TOKENS_NAME} in the environment; at least 32 characters each. None by default.
 * @param openLocally whether, while no token is configured, requests from this machine (loopback, not forwarded by a
 * proxy) may write without one. Unset: yes with the embedded Neo4j (the demo on a laptop), no with an external one
 * @param rateLimits how often one client may ask for the expensive things
 */
@ConfigurationProperties("podgraph.security")
public record SecurityProperties(Map<String, String> tokens, Boolean openLocally, @DefaultValue RateLimits rateLimits) {

	public SecurityProperties {
		tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
	}

	/**
	 * Rate limits, per client address.
	 *
	 * @param search questions to the search box and to {@code /api/guests}, which embed the question: 120 a minute
	 * unless set
	 * @param fetch feeds fetched by URL through {@code POST /api/ingest/feed}, which reach out to the internet: 10 a
	 * minute unless set
	 */
	public record RateLimits(@DefaultValue Limit search, @DefaultValue Limit fetch) {

		public RateLimits {
			search = (search == null ? new Limit(null, null) : search).orDefault(120);
			fetch = (fetch == null ? new Limit(null, null) : fetch).orDefault(10);
		}

	}

	/**
	 * A limit: so many requests per period, refilled gradually.
	 *
	 * @param requests how many requests one client may make in a period; 0 for no limit
	 * @param per the period
	 */
	public record Limit(Integer requests, @DefaultValue("1m") Duration per) {

		public Limit {
			per = per == null ? Duration.ofMinutes(1) : per;
		}

		Limit orDefault(int requests) {
			return this.requests == null ? new Limit(requests, per) : this;
		}

	}

}
