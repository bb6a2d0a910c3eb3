package dev.fleetward.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.fleetward.web.Problems;

/**
 * The one security policy every endpoint inherits: the browser signs in with a session
 * (CSRF on), integrations send bearer API tokens (no session, no CSRF), nothing under
 * {@code /api} answers anonymously, and errors are RFC 7807 problems.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle,
			CallerVisibility visibility) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
					.permitAll()
					.requestMatchers("/actuator/prometheus")
					.access(fleetWide(visibility))
					.requestMatchers("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.svg", "/favicon.ico",
							"/login", "/fleet/**", "/clusters/**", "/findings/**", "/checks/**", "/settings/**")
					.permitAll()
					.anyRequest()
					.authenticated());
		http.csrf((csrf) -> csrf.spa()
			.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken, SecurityConfiguration::apiCallWithoutSession));
		http.formLogin((form) -> form.loginPage("/login")
			.loginProcessingUrl(LoginHandlers.LOGIN_URL)
			.successHandler(LoginHandlers.success(throttle, visibility))
			.failureHandler(LoginHandlers.failure(throttle))
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/auth/logout")
			.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling(
				(errors) -> errors
					.authenticationEntryPoint((request, response, ex) -> Problems.write(response,
							Problems.of(HttpStatus.UNAUTHORIZED,
									"Sign in, or send an API token as 'Authorization: Bearer'.")))
					.accessDeniedHandler(accessDenied()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new LoginHandlers.ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		return http.build();
	}

	/**
	 * CSRF abuses the cookies a browser sends along; an API call that carries no session
	 * has nothing to abuse, so it gets the plain 401 an integration expects instead of a
	 * CSRF refusal. Sign-in itself stays protected.
	 */
	private static boolean apiCallWithoutSession(HttpServletRequest request) {
		return request.getServletPath().startsWith("/api/") && request.getRequestedSessionId() == null;
	}

	/**
	 * The metrics name every cluster and count its open findings, so only callers who see
	 * the whole fleet may read them (invariant 8).
	 */
	private static AuthorizationManager<RequestAuthorizationContext> fleetWide(CallerVisibility visibility) {
		return (authentication, context) -> {
			Authentication caller = authentication.get();
			return new AuthorizationDecision(caller != null && !(caller instanceof AnonymousAuthenticationToken)
					&& visibility.of(caller).isFleetWide());
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt, with the algorithm id stored beside each hash so it can change later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("OPERATOR")
			.role("OPERATOR")
			.implies("VIEWER")
			.build();
	}

	private static AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> {
			String detail = (ex instanceof CsrfException)
					? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
					: "Your role does not allow this.";
			ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, detail);
			Problems.write(response, problem);
		};
	}

	/**
	 * Makes sure the browser always holds a current XSRF-TOKEN cookie, including before
	 * the first sign-in, by reading the (otherwise lazily created) token.
	 */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!BearerTokenFilter.hasBearerToken(request)
					&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
