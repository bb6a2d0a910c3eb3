package dev.fleetward.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "what may this caller see?" for every module that serves fleet data. Read per
 * request from the stored account or token, so a changed scope applies at once, also to
 * sessions that are already signed in.
 */
@Component
public class CallerVisibility {

	private final UserAccountRepository accounts;

	CallerVisibility(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Visibility of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Visibility.nothing();
		}
		if (authentication.getDetails() instanceof Visibility token) {
			// A bearer token: BearerTokenFilter read it from its row for this request.
			return token;
		}
		return this.accounts.findByUsername(authentication.getName())
			.map(UserAccount::visibility)
			.orElse(Visibility.nothing());
	}

	public Visibility current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * For {@code @PreAuthorize}: work across the whole fleet needs a fleet-wide caller.
	 */
	public boolean fleetWide() {
		return current().isFleetWide();
	}

}
