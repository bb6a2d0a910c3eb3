package dev.fleetward.checks.internal.sec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;

/**
 * Credentials written as literal env values or ConfigMap data are readable by anyone who
 * can read the workload or the ConfigMap, and end up in Git. Judges containers (per
 * container) and ConfigMaps; results name the keys, never the values.
 */
public final class PlaintextCredentials implements Check {

	private static final Pattern SENSITIVE_NAME = Pattern
		.compile("(?i).*(passw(or)?d|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|"
				+ "key[_-]?content|connection[_-]?string|_key$|^key$).*");

	private static final Pattern SENSITIVE_VALUE = Pattern
		.compile("(?s).*(-{3,}\\s*BEGIN [A-Z ]*PRIVATE KEY|\\bAKIA[0-9A-Z]{16}\\b).*");

	@Override
	public String id() {
		return "sec-plaintext-credentials";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.CONFIG_MAPS);
		return needs;
	}

	static boolean sensitive(String name, String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return SENSITIVE_NAME.matcher(name).matches() || SENSITIVE_VALUE.matcher(value).matches();
	}

	@Override
	public void evaluate(Judge judge) {
		for (Workload workload : judge.workloads().all()) {
			for (V1Container container : workload.allContainers()) {
				List<String> names = new ArrayList<>();
				for (V1EnvVar env : (container.getEnv() != null) ? container.getEnv() : List.<V1EnvVar>of()) {
					if (env.getValueFrom() == null && sensitive(env.getName(), env.getValue())) {
						names.add(env.getName());
					}
				}
				String where = "container " + container.getName() + " of " + workload.describe();
				if (names.isEmpty()) {
					judge.pass(workload.ref(), container.getName(),
							where + " has no credential in a literal env value.");
				}
				else {
					judge.fail(workload.ref(), container.getName(),
							where + " has credentials as literal env values " + names
									+ "; use a Secret (valueFrom.secretKeyRef) or a mounted file.",
							Map.of("env", String.join(",", names)));
				}
			}
		}
		for (V1ConfigMap map : judge.snapshot().list(ResourceKind.CONFIG_MAPS, V1ConfigMap.class)) {
			ObjectRef ref = new ObjectRef("ConfigMap", map.getMetadata().getNamespace(), map.getMetadata().getName());
			List<String> keys = new ArrayList<>();
			if (map.getData() != null) {
				map.getData().forEach((key, value) -> {
					if (sensitive(key, value)) {
						keys.add(key);
					}
				});
			}
			if (keys.isEmpty()) {
				judge.pass(ref, "", "ConfigMap " + map.getMetadata().getName() + " holds no credential-like data.");
			}
			else {
				judge.fail(ref, "", "ConfigMap " + map.getMetadata().getName()
						+ " holds credential-like data under keys " + keys + "; move them to a Secret.",
						Map.of("keys", String.join(",", keys)));
			}
		}
	}

}
