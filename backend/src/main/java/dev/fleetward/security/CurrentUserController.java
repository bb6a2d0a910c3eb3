package dev.fleetward.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is; the dashboard asks on load to decide between sign-in and the app.
 */
@RestController
class CurrentUserController {

	private final CallerVisibility visibility;

	CurrentUserController(CallerVisibility visibility) {
		this.visibility = visibility;
	}

	@GetMapping("/api/v1/me")
	Me me(Authentication authentication) {
		return Me.of(authentication, this.visibility);
	}

	/** {@code teams} is null for a caller who sees the whole fleet. */
	record Me(String username, Role role, Set<String> teams) {

		static Me of(Authentication authentication, CallerVisibility visibility) {
			return new Me(authentication.getName(), CurrentUser.role(authentication),
					Teams.view(visibility.of(authentication)));
		}

	}

}
