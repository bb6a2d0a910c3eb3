package dev.fleetward.cluster;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The clusters a caller may see, as SQL filters take them: all of them, or these ids.
 * Filtering findings by a short list of cluster ids keeps to the findings indexes, which
 * lead with the cluster id.
 */
public final class VisibleClusters {

	private static final VisibleClusters ALL = new VisibleClusters(null);

	/** Null: every cluster. */
	private final Set<UUID> ids;

	private VisibleClusters(Set<UUID> ids) {
		this.ids = ids;
	}

	public static VisibleClusters all() {
		return ALL;
	}

	public static VisibleClusters only(List<UUID> ids) {
		return new VisibleClusters(Set.copyOf(ids));
	}

	public boolean isAll() {
		return this.ids == null;
	}

	/** The visible ids; empty when every cluster is visible (check {@link #isAll()}). */
	public Set<UUID> ids() {
		return (this.ids != null) ? this.ids : Set.of();
	}

	public boolean contains(UUID id) {
		return this.ids == null || this.ids.contains(id);
	}

	/**
	 * Appends {@code AND column = ANY(?)} and its argument, or nothing when every cluster
	 * is visible.
	 * @param column a column holding cluster ids
	 * @param args the statement's arguments so far
	 */
	public String and(String column, List<Object> args) {
		if (this.ids == null) {
			return "";
		}
		args.add(this.ids.stream().map(UUID::toString).toArray(String[]::new));
		return " AND " + column + " = ANY(?::uuid[])";
	}

}
