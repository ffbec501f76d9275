package dev.podgraph.web.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who a request is: the holder of a configured API token ({@code Authorization: Bearer TOKEN}), or, while no token is
 * configured and writing is open locally, a client on this machine. A token that is presented and wrong is refused at
 * once, whatever the request, so that a mistyped secret is noticed.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	static final String WRITER = "ROLE_WRITER";

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final boolean openLocally;

	ApiTokenFilter(ApiTokens tokens, boolean openLocally) {
		this.tokens = tokens;
		this.openLocally = openLocally;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			Optional<String> name = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
					? tokens.nameOf(authorization.substring(BEARER.length())) : Optional.empty();
			if (name.isEmpty()) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
				Problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "/problems/invalid-token",
						"The API token is not valid", "The Authorization header does not carry a valid API token.");
				return;
			}
			authenticate(name.get());
		}
		else if (openLocally && tokens.isEmpty() && fromThisMachine(request)) {
			authenticate("local");
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(String name) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority(WRITER)));
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	/**
	 * A loopback client that no proxy forwarded: a proxy on the same machine would make every visitor look local.
	 */
	static boolean fromThisMachine(HttpServletRequest request) {
		if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
