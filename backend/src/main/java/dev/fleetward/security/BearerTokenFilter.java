package dev.fleetward.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.fleetward.web.Problems;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests from integrations. A bad
 * token is a 401 (never a silent fall-back to anonymous); a {@code read} token may only
 * use safe methods.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String value = request.getHeader("Authorization").substring(7).strip();
		Optional<ApiToken> token = value.isEmpty() ? Optional.empty() : this.tokens.authenticate(value);
		if (token.isEmpty()) {
			Problems.write(response,
					Problems.of(HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked."));
			return;
		}
		Set<TokenScope> scopes = token.get().scopes();
		if (!scopes.contains(TokenScope.WRITE) && !SAFE_METHODS.contains(request.getMethod())) {
			Problems.write(response,
					Problems.of(HttpStatus.FORBIDDEN, "This API token has the read scope only; changes need write."));
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(token.get().role().authority()));
		scopes.forEach((scope) -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated("token:" + token.get().name(), null, authorities);
		// The token's team scope, read with it, is what CallerVisibility answers for it.
		authentication.setDetails(token.get().visibility());
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
