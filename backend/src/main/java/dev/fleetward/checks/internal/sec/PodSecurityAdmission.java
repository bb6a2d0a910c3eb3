package dev.fleetward.checks.internal.sec;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Namespace;

/**
 * Pod Security Admission enforces the baseline or restricted standard per namespace
 * through the {@code pod-security.kubernetes.io/enforce} label. Without it a namespace
 * gets the cluster default (AdmissionConfiguration), which is privileged unless changed
 * on the host, where the API cannot see it.
 */
public final class PodSecurityAdmission implements Check {

	static final String ENFORCE = "pod-security.kubernetes.io/enforce";

	@Override
	public String id() {
		return "sec-pod-security-admission";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.NAMESPACES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1Namespace namespace : judge.snapshot().list(ResourceKind.NAMESPACES, V1Namespace.class)) {
			String name = namespace.getMetadata().getName();
			if (judge.config().isSystemNamespace(name)) {
				continue;
			}
			ObjectRef ref = new ObjectRef("Namespace", "", name);
			Map<String, String> labels = (namespace.getMetadata().getLabels() != null)
					? namespace.getMetadata().getLabels() : Map.of();
			String level = labels.get(ENFORCE);
			Map<String, String> evidence = Map.of(ENFORCE, String.valueOf(level));
			if ("baseline".equals(level) || "restricted".equals(level)) {
				judge.pass(ref, "", "Namespace " + name + " enforces the " + level + " Pod Security Standard.",
						evidence);
			}
			else {
				judge.fail(ref, "",
						"Namespace " + name
								+ ((level == null) ? " has no " + ENFORCE + " label" : " enforces only " + level)
								+ ": privileged pods are admitted (unless a cluster-wide"
								+ " default, invisible here, says otherwise).",
						evidence);
			}
		}
	}

}
