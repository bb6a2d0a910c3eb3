package dev.fleetward.checks.internal.sec;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * The {@code default} namespace belongs to no team: RBAC, quotas and policies there are
 * shared by everything dropped into it. Kubernetes' own objects there (Service
 * {@code kubernetes}, ConfigMap {@code kube-root-ca.crt}) are not judged. An object with
 * no namespace (a manifest) lands in kubectl's current namespace, {@code default} unless
 * set: reported with low severity.
 */
public final class WorkloadsInDefaultNamespace implements Check {

	@Override
	public String id() {
		return "sec-workloads-in-default-namespace";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.SERVICES);
		needs.add(ResourceKind.CONFIG_MAPS);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Workload workload : judge.workloads().all()) {
			judgeObject(judge, workload.ref());
		}
		for (V1Service service : judge.snapshot().list(ResourceKind.SERVICES, V1Service.class)) {
			ObjectRef ref = new ObjectRef("Service", service.getMetadata().getNamespace(),
					service.getMetadata().getName());
			if (!("default".equals(ref.namespace()) && "kubernetes".equals(ref.name()))) {
				judgeObject(judge, ref);
			}
		}
		for (V1ConfigMap map : judge.snapshot().list(ResourceKind.CONFIG_MAPS, V1ConfigMap.class)) {
			if (!"kube-root-ca.crt".equals(map.getMetadata().getName())) {
				judgeObject(judge,
						new ObjectRef("ConfigMap", map.getMetadata().getNamespace(), map.getMetadata().getName()));
			}
		}
	}

	private static void judgeObject(Judge judge, ObjectRef ref) {
		String what = ref.kind() + " " + ref.name();
		if ("default".equals(ref.namespace())) {
			judge.fail(ref, "", what + " is in the default namespace.", Map.of("namespace", "default"));
		}
		else if (ref.namespace().isEmpty()) {
			judge.fail(Severity.LOW, ref, "", what + " names no namespace: it lands in the current namespace"
					+ " when applied, which is default unless set.", Map.of("namespace", ""));
		}
		else {
			judge.pass(ref, "", what + " is in namespace " + ref.namespace() + ".");
		}
	}

}
