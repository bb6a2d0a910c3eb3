package dev.fleetward.snapshot;

/**
 * Identifies one object of a cluster. Cluster-level results use {@link #CLUSTER}.
 *
 * @param kind the Kubernetes kind, e.g. {@code Deployment}
 * @param namespace the namespace, empty for cluster-scoped objects
 * @param name the object's name
 */
public record ObjectRef(String kind, String namespace, String name) {

	/** The cluster as a whole, for cluster-level checks. */
	public static final ObjectRef CLUSTER = new ObjectRef("Cluster", "", "");

	public ObjectRef {
		kind = (kind != null) ? kind : "";
		namespace = (namespace != null) ? namespace : "";
		name = (name != null) ? name : "";
	}

}
