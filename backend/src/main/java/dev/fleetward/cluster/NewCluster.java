package dev.fleetward.cluster;

import java.time.Duration;
import java.util.Map;

import dev.fleetward.collect.ClusterAccess;

/**
 * What registering a cluster takes.
 *
 * @param name unique display name
 * @param environment e.g. prod, staging
 * @param team the owning team, or null
 * @param labels free-form labels
 * @param access how to reach it
 * @param includeSecrets whether to read Secret metadata
 * @param scanInterval how often to scan; null for the default
 */
public record NewCluster(String name, String environment, String team, Map<String, String> labels, ClusterAccess access,
		boolean includeSecrets, Duration scanInterval) {
}
