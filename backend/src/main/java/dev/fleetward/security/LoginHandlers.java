package dev.fleetward.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import dev.fleetward.web.Problems;

/**
 * Sign-in for the dashboard: {@code POST /auth/login} with form fields, answered with
 * JSON (the single-page app stays on its page), throttled by {@link LoginThrottle}.
 */
final class LoginHandlers {

	static final String LOGIN_URL = "/auth/login";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LoginHandlers() {
	}

	static AuthenticationSuccessHandler success(LoginThrottle throttle, CallerVisibility visibility) {
		return (request, response, authentication) -> {
			throttle.succeeded(authentication.getName());
			writeUser(response, CurrentUserController.Me.of(authentication, visibility));
		};
	}

	static AuthenticationFailureHandler failure(LoginThrottle throttle) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "Wrong username or password.");
			problem.setTitle("Sign-in failed");
			Problems.write(response, problem);
		};
	}

	private static void writeUser(HttpServletResponse response, CurrentUserController.Me me) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), me);
	}

	/**
	 * Refuses sign-in attempts while the user name or the client address is throttled.
	 */
	static final class ThrottleFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		ThrottleFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod()) && LOGIN_URL.equals(request.getServletPath()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<Duration> wait = this.throttle.blockedFor(request.getParameter("username"),
					request.getRemoteAddr());
			if (wait.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			long seconds = Math.max(1, wait.get().toSeconds() + ((wait.get().toMillisPart() > 0) ? 1 : 0));
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed sign-ins. Try again in " + humanize(seconds) + ".");
			problem.setTitle("Sign-in temporarily refused");
			problem.setProperty("retryAfterSeconds", seconds);
			response.setHeader("Retry-After", Long.toString(seconds));
			Problems.write(response, problem);
		}

		private static String humanize(long seconds) {
			if (seconds < 60) {
				return seconds + ((seconds == 1) ? " second" : " seconds");
			}
			long minutes = (seconds + 59) / 60;
			return minutes + ((minutes == 1) ? " minute" : " minutes");
		}

	}

}
