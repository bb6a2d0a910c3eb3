package dev.fleetward.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users, their roles and team scopes. Admins only, and only fleet-wide ones: a token
 * narrowed to some teams must not be able to make itself a wider account.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN') and @callerVisibility.fleetWide()")
class UserController {

	private final UserAccounts users;

	UserController(UserAccounts users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list() {
		return this.users.list().stream().map(UserView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedUser create(@Valid @RequestBody CreateUserRequest request) {
		UserAccounts.Created created = this.users.create(request.username(), request.role(),
				visibility(request.teams()), request.password());
		return new CreatedUser(UserView.of(created.account()), created.password());
	}

	@PutMapping("/{id}")
	UserView update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
		return UserView.of(this.users.update(id, request.role(), visibility(request.teams())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, Authentication caller) {
		this.users.delete(id, caller.getName());
	}

	private static Visibility visibility(List<String> teams) {
		return (teams != null) ? Teams.parse("teams", teams) : Visibility.fleetWide();
	}

	/**
	 * @param teams the teams whose clusters the user sees; absent or null: the whole
	 * fleet
	 * @param password at least 12 characters; absent: one is generated and returned once
	 */
	record CreateUserRequest(
			@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
					message = "use letters, digits, '.', '_', '@' and '-'") String username,
			@NotNull Role role, List<String> teams, @Size(min = 12, max = 200) String password) {
	}

	/** Replaces the role and the teams; absent teams mean the whole fleet. */
	record UpdateUserRequest(@NotNull Role role, List<String> teams) {
	}

	/** {@code teams} is null for a fleet-wide user. */
	record UserView(long id, String username, Role role, Set<String> teams, Instant createdAt) {

		static UserView of(UserAccount account) {
			return new UserView(account.id(), account.username(), account.role(), Teams.view(account.visibility()),
					account.createdAt());
		}

	}

	/** {@code password} is present only when it was generated: shown this once. */
	record CreatedUser(UserView user, String password) {
	}

}
