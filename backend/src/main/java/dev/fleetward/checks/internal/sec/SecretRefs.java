package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;

/**
 * The names of the Secrets a workload's pods read: env, envFrom, volumes, projections.
 */
final class SecretRefs {

	private SecretRefs() {
	}

	static Set<String> of(Workload workload) {
		Set<String> names = new TreeSet<>();
		for (V1Container container : workload.allContainers()) {
			for (V1EnvVar env : (container.getEnv() != null) ? container.getEnv() : List.<V1EnvVar>of()) {
				if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
					add(names, env.getValueFrom().getSecretKeyRef().getName());
				}
			}
			for (V1EnvFromSource from : (container.getEnvFrom() != null) ? container.getEnvFrom()
					: List.<V1EnvFromSource>of()) {
				if (from.getSecretRef() != null) {
					add(names, from.getSecretRef().getName());
				}
			}
		}
		for (V1Volume volume : (workload.podSpec().getVolumes() != null) ? workload.podSpec().getVolumes()
				: List.<V1Volume>of()) {
			if (volume.getSecret() != null) {
				add(names, volume.getSecret().getSecretName());
			}
			if (volume.getProjected() != null && volume.getProjected().getSources() != null) {
				for (V1VolumeProjection source : volume.getProjected().getSources()) {
					if (source.getSecret() != null) {
						add(names, source.getSecret().getName());
					}
				}
			}
		}
		return names;
	}

	/** A reference without a name reads nothing. */
	private static void add(Set<String> names, String name) {
		if (name != null) {
			names.add(name);
		}
	}

}
