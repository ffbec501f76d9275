package dev.podgraph.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.StringUtils;

/**
 * Reading is public: pages, every GET of the API, health. Writing (ingesting pages and feeds) needs an API token, or,
 * on a machine running the embedded demo with no token configured, a request from that machine. No session, no
 * cookie, no login form: the API is called by scripts and the CLI with a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class WebSecurity {

	private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, Environment environment) {
		ApiTokens tokens = new ApiTokens(properties.tokens());
		boolean openLocally = openLocally(properties, environment);
		describe(tokens, openLocally);
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookie carries authority here, so a cross-site form cannot borrow it: CSRF tokens would guard nothing.
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			// The pages' own headers (CSP and the rest) come from SecurityHeaders; static files keep their caching.
			.headers(headers -> headers.cacheControl(cache -> cache.disable()))
			.addFilterAfter(new ApiTokenFilter(tokens, openLocally), SecurityContextHolderFilter.class)
			.addFilterBefore(new RateLimits(properties.rateLimits()), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET).permitAll()
				.requestMatchers(HttpMethod.HEAD).permitAll()
				.requestMatchers(HttpMethod.OPTIONS).permitAll()
				// Error pages are rendered by a forward to /error, whatever the method of the request that failed.
				.requestMatchers("/error").permitAll()
				.requestMatchers("/api/**").hasAuthority(ApiTokenFilter.WRITER)
				.anyRequest().denyAll())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					Problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "/problems/unauthorized",
							"An API token is needed", refusal(tokens, openLocally));
				})
				.accessDeniedHandler((request, response, ex) -> Problems.refuse(request, response,
						HttpStatus.FORBIDDEN, "/problems/forbidden", "Not allowed", "This request is not allowed.")));
		return http.build();
	}

	private static String refusal(ApiTokens tokens, boolean openLocally) {
		if (!tokens.isEmpty()) {
			return "Writing needs an API token: Authorization: Bearer TOKEN.";
		}
		return openLocally ? "Without an API token, only requests made on the server's own machine may write."
				: "Writing is turned off: no API token is configured (podgraph.security.tokens.NAME).";
	}

	/** Unless configured: open on this machine with the embedded Neo4j, the laptop demo; never with an external one. */
	static boolean openLocally(SecurityProperties properties, Environment environment) {
		if (properties.openLocally() != null) {
			return properties.openLocally();
		}
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))
				&& environment.getProperty("podgraph.embedded.enabled", Boolean.class, true);
		return embedded;
	}

	private static void describe(ApiTokens tokens, boolean openLocally) {
		if (!tokens.isEmpty()) {
			log.info("Writing needs one of the configured API tokens; reading is public");
		}
		else if (openLocally) {
			log.warn("No API token is configured: anyone on this machine may write (ingest) without one. Set "
					+ "podgraph.security.tokens.NAME (PODGRAPH_SECURITY_TOKENS_NAME) before serving a network.");
		}
		else {
			log.warn("No API token is configured: writing through the API is turned off; reading is public. Set "
					+ "podgraph.security.tokens.NAME (PODGRAPH_SECURITY_TOKENS_NAME) to ingest over HTTP.");
		}
	}

}
