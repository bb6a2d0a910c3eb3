package dev.fleetward.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is; the dashboard asks on load to decide between sign-in and the app.
 */
@RestController
class CurrentUserController {

	@GetMapping("/api/v1/me")
	Me me(Authentication authentication) {
		return new Me(authentication.getName(), CurrentUser.role(authentication));
	}

	record Me(String username, Role role) {
	}

}
