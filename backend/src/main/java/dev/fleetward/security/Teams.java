package dev.fleetward.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.web.InvalidInputException;

/**
 * Team lists as requests send them and responses show them: {@code null} is the whole
 * fleet; a list names the teams, at least one.
 */
final class Teams {

	static final int MAX_NAME = 100;

	private Teams() {
	}

	static Visibility parse(String field, List<String> teams) {
		if (teams.isEmpty()) {
			throw new InvalidInputException(field, "name at least one team, or leave it out for the whole fleet");
		}
		Set<String> names = new TreeSet<>();
		for (String team : teams) {
			if (team == null || team.isBlank() || team.strip().length() > MAX_NAME) {
				throw new InvalidInputException(field, "team names must be 1 to " + MAX_NAME + " characters");
			}
			names.add(team.strip());
		}
		return Visibility.teams(names);
	}

	static Set<String> view(Visibility visibility) {
		return visibility.isFleetWide() ? null : visibility.teams();
	}

}
