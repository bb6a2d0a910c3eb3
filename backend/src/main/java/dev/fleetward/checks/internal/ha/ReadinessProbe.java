package dev.fleetward.checks.internal.ha;

import io.kubernetes.client.openapi.models.V1Container;

/**
 * Without a readiness probe a container gets traffic as soon as it starts, and keeps
 * getting it while it cannot serve.
 */
public final class ReadinessProbe extends ProbeCheck {

	public ReadinessProbe() {
		super("readinessProbe", V1Container::getReadinessProbe);
	}

	@Override
	public String id() {
		return "ha-readiness-probe";
	}

}
