package dev.fleetward.security;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;

/**
 * Admins manage who signs in, with which role and which teams. There is always at least
 * one admin, so nobody locks everyone out.
 */
@Service
class UserAccounts {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<UserAccount> list() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	/** Without a password, one is generated and returned here, once. */
	@Transactional
	Created create(String username, Role role, Visibility visibility, String password) {
		if (this.accounts.existsByUsername(username)) {
			throw new InvalidInputException("username", "a user named '" + username + "' exists");
		}
		checkTeams(role, visibility);
		String effective = (password != null) ? password : GeneratedPasswords.next();
		UserAccount account = this.accounts
			.save(new UserAccount(username, this.passwords.encode(effective), role, visibility, this.clock.instant()));
		return new Created(account, (password != null) ? null : effective);
	}

	@Transactional
	UserAccount update(long id, Role role, Visibility visibility) {
		UserAccount account = find(id);
		checkTeams(role, visibility);
		if (account.role() == Role.ADMIN && role != Role.ADMIN) {
			keepAnAdminBesides(account);
		}
		account.access(role, visibility);
		return account;
	}

	@Transactional
	void delete(long id, String caller) {
		UserAccount account = find(id);
		if (account.username().equals(caller)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot delete your own account.");
		}
		if (account.role() == Role.ADMIN) {
			keepAnAdminBesides(account);
		}
		this.accounts.delete(account);
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	private void keepAnAdminBesides(UserAccount account) {
		if (this.accounts.findByRole(Role.ADMIN).stream().noneMatch((admin) -> !admin.id().equals(account.id()))) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"'" + account.username() + "' is the last admin; make another user admin first.");
		}
	}

	private static void checkTeams(Role role, Visibility visibility) {
		if (role == Role.ADMIN && !visibility.isFleetWide()) {
			throw new InvalidInputException("teams", "admins see the whole fleet; leave teams out for an admin");
		}
	}

	/** {@code password} is the generated one, or null when the request chose it. */
	record Created(UserAccount account, String password) {
	}

}
