package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.List;

import dev.fleetward.checks.internal.ha.HighAvailabilityChecks;
import dev.fleetward.checks.internal.net.NetworkingChecks;
import dev.fleetward.checks.internal.sec.SecurityChecks;
import dev.fleetward.checks.internal.sto.StorageChecks;

/**
 * Every built-in check, listed explicitly per area: no classpath scanning, so the CLI
 * starts fast and a check cannot be lost silently (CheckCatalogTest matches this list
 * with the catalog).
 */
public final class CheckRegistry {

	private CheckRegistry() {
	}

	public static List<Check> all() {
		List<Check> all = new ArrayList<>();
		all.addAll(HighAvailabilityChecks.all());
		all.addAll(NetworkingChecks.all());
		all.addAll(StorageChecks.all());
		all.addAll(SecurityChecks.all());
		return List.copyOf(all);
	}

}
