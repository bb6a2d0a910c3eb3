package dev.fleetward.simulator;

import java.util.Arrays;
import java.util.Locale;

/**
 * Named change sets that move a cluster away from (or back to) a healthy state, so
 * findings open, resolve and reopen. Each applies to whatever fits in the cluster's
 * current objects and is undone exactly by a revert.
 */
public enum Drift {

	/** Scales the first multi-replica Deployment outside system namespaces to 1. */
	SCALE_DOWN("scale-down"),

	/** Deletes the first PodDisruptionBudget outside system namespaces. */
	DELETE_PDB("delete-pdb"),

	/** Adds a privileged pod with the host's PID namespace and root filesystem. */
	ADD_PRIVILEGED_POD("add-privileged-pod"),

	/** Gives every application namespace without a ResourceQuota one. */
	ADD_MISSING_QUOTA("add-missing-quota"),

	/** Adds the NoSchedule taint to control-plane nodes that lack it. */
	TAINT_CONTROL_PLANE("taint-control-plane"),

	/** Marks a StorageClass as the default, creating one when there is none. */
	ADD_DEFAULT_STORAGECLASS("add-default-storageclass"),

	/** Adds {@code --encryption-provider-config} to the kube-apiserver static pods. */
	ENCRYPT_SECRETS_AT_REST("encrypt-secrets-at-rest");

	private final String id;

	Drift(String id) {
		this.id = id;
	}

	/** The name used by the admin endpoint and the command line. */
	public String id() {
		return this.id;
	}

	public static Drift byId(String id) {
		String wanted = id.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((d) -> d.id.equals(wanted) || d.name().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown drift " + id + "; known: " + Arrays.stream(values()).map(Drift::id).toList()));
	}

}
