package dev.fleetward.checks.internal.sec;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1Secret;

/**
 * Secrets kept in an external manager are rotated and audited there. Cluster (info):
 * whether any manager is installed (CRDs, Vault injection, Secrets Store CSI volumes).
 * Per workload that consumes Secrets (low): whether they come from a manager. Secret
 * metadata is optional: without it a workload is only judged when no manager exists at
 * all; otherwise it is UNKNOWN.
 */
public final class ExternalSecretStore implements Check {

	@Override
	public String id() {
		return "sec-external-secret-store";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.CUSTOM_RESOURCE_DEFINITIONS);
		needs.add(ResourceKind.NODES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		Set<String> stores = new TreeSet<>();
		for (V1CustomResourceDefinition crd : judge.snapshot()
			.list(ResourceKind.CUSTOM_RESOURCE_DEFINITIONS, V1CustomResourceDefinition.class)) {
			if (SecretStores.CRDS.contains(crd.getMetadata().getName())) {
				stores.add(crd.getMetadata().getName());
			}
		}
		judge.workloads()
			.all()
			.stream()
			.filter(SecretStores::injects)
			.findAny()
			.ifPresent((w) -> stores.add("pod injection (Vault agent or Secrets Store CSI)"));
		boolean secretsReadable = judge.snapshot().status(ResourceKind.SECRETS).isComplete();
		for (Workload workload : judge.workloads().all()) {
			Set<String> used = SecretRefs.of(workload);
			if (used.isEmpty()) {
				continue;
			}
			Map<String, String> evidence = Map.of("secrets", String.join(",", used));
			Set<String> local = new TreeSet<>();
			for (String name : used) {
				boolean synced = judge.snapshot()
					.find(ResourceKind.SECRETS, workload.namespace(), name, V1Secret.class)
					.map((s) -> SecretStores.synced(s.getMetadata()))
					.orElse(false);
				if (!synced) {
					local.add(name);
				}
			}
			if (SecretStores.injects(workload) || (secretsReadable && local.isEmpty())) {
				judge.pass(workload.ref(), "", workload.describe() + " gets its secrets from an external manager.",
						evidence);
			}
			else if (secretsReadable || stores.isEmpty()) {
				judge.fail(Severity.LOW, workload.ref(), "",
						workload.describe() + " uses Secrets " + local + " that no external secret manager maintains.",
						evidence);
			}
			else {
				judge.unknown(workload.ref(), "", workload.describe() + " uses Secrets " + used
						+ "; without Secret metadata it is unknown whether a manager syncs them.");
			}
		}
		judgeCluster(judge, stores);
	}

	private static void judgeCluster(Judge judge, Set<String> stores) {
		if (!stores.isEmpty()) {
			judge.pass(ObjectRef.CLUSTER, "", "External secret management found: " + stores + ".",
					Map.of("stores", String.join(",", stores)));
		}
		else if (judge.snapshot().list(ResourceKind.NODES, Object.class).isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No Nodes in the input (offline manifests): whether the "
					+ "cluster has a secret manager is not known from here.");
		}
		else {
			judge.fail(ObjectRef.CLUSTER, "", "No external secret manager (External Secrets, Secrets Store CSI, "
					+ "Sealed Secrets, Vault) is installed: Secrets live only in the cluster.", Map.of());
		}
	}

}
