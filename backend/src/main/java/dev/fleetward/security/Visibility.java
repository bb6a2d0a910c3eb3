package dev.fleetward.security;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a caller may see (invariant 8): the whole fleet, or only the clusters of some
 * teams. A cluster without a team is seen by fleet-wide callers only.
 */
public final class Visibility {

	private static final Visibility FLEET = new Visibility(null);

	private static final Visibility NOTHING = new Visibility(Set.of());

	/** Null for the whole fleet. */
	private final Set<String> teams;

	private Visibility(Set<String> teams) {
		this.teams = (teams != null) ? Collections.unmodifiableSet(new TreeSet<>(teams)) : null;
	}

	public static Visibility fleetWide() {
		return FLEET;
	}

	/** Sees only the clusters of these teams. */
	public static Visibility teams(Collection<String> teams) {
		return new Visibility(Set.copyOf(teams));
	}

	/** For a caller whose account is gone: nothing is visible. */
	static Visibility nothing() {
		return NOTHING;
	}

	/** Null (fleet-wide) or a non-empty array, as stored. */
	static Visibility ofColumn(String[] teams) {
		return (teams != null) ? teams(Set.of(teams)) : FLEET;
	}

	String[] toColumn() {
		return (this.teams != null) ? this.teams.toArray(String[]::new) : null;
	}

	public boolean isFleetWide() {
		return this.teams == null;
	}

	/** The teams seen; empty for a fleet-wide caller (check {@link #isFleetWide()}). */
	public Set<String> teams() {
		return (this.teams != null) ? this.teams : Set.of();
	}

	/** Whether a cluster of this team (null: no team) is visible. */
	public boolean sees(String team) {
		return this.teams == null || (team != null && this.teams.contains(team));
	}

	/** Whether everything {@code other} sees is visible here too. */
	public boolean covers(Visibility other) {
		return this.teams == null || (other.teams != null && this.teams.containsAll(other.teams));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Visibility visibility && Objects.equals(this.teams, visibility.teams);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.teams);
	}

	@Override
	public String toString() {
		return (this.teams != null) ? "teams " + this.teams : "fleet-wide";
	}

}
