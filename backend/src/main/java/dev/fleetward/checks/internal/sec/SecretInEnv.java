package dev.fleetward.checks.internal.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;

/**
 * Secrets passed as environment variables leak into child processes, crash dumps and
 * {@code /proc/<pid>/environ}, and are never updated while the container runs; mounted
 * files are neither. Judges containers and init containers; results name the variables
 * and Secret keys, never values.
 */
public final class SecretInEnv extends ContainerCheck {

	@Override
	public String id() {
		return "sec-secret-in-env";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		List<String> refs = new ArrayList<>();
		for (V1EnvVar env : (container.getEnv() != null) ? container.getEnv() : List.<V1EnvVar>of()) {
			if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
				refs.add(env.getName() + "<-" + env.getValueFrom().getSecretKeyRef().getName() + "/"
						+ env.getValueFrom().getSecretKeyRef().getKey());
			}
		}
		for (V1EnvFromSource from : (container.getEnvFrom() != null) ? container.getEnvFrom()
				: List.<V1EnvFromSource>of()) {
			if (from.getSecretRef() != null) {
				refs.add("envFrom<-" + from.getSecretRef().getName());
			}
		}
		if (refs.isEmpty()) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " takes no Secret from env.");
		}
		else {
			judge.fail(
					workload.ref(), container.getName(), where(workload, container)
							+ " reads Secrets into environment variables " + refs + "; mount them as files instead.",
					Map.of("secretRefs", String.join(",", refs)));
		}
	}

}
