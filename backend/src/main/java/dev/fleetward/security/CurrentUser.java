package dev.fleetward.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Reads the Fleetward role from whichever kind of authentication a request carries.
 */
final class CurrentUser {

	private CurrentUser() {
	}

	static Role role(Authentication authentication) {
		Role best = Role.VIEWER;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority()) && role.includes(best)) {
					best = role;
				}
			}
		}
		return best;
	}

}
