package dev.fleetward.checks.internal.ha;

import io.kubernetes.client.openapi.models.V1Container;

/**
 * Without a liveness probe a hung container is never restarted.
 */
public final class LivenessProbe extends ProbeCheck {

	public LivenessProbe() {
		super("livenessProbe", V1Container::getLivenessProbe);
	}

	@Override
	public String id() {
		return "ha-liveness-probe";
	}

}
