package dev.fleetward.checks.internal.net;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * Inventory: the CNI(s) in use, their version and whether they enforce NetworkPolicy.
 * Weave Net is unmaintained since Weaveworks closed in 2024: a low sub-finding.
 */
public final class CniDetected implements Check {

	@Override
	public String id() {
		return "net-cni-detected";
	}

	@Override
	public Set<ResourceKind> needs() {
		return CniDetection.NEEDS;
	}

	@Override
	public void evaluate(Judge judge) {
		List<Cni> cnis = CniDetection.of(judge.snapshot()).cnis();
		if (cnis.isEmpty()) {
			if (judge.snapshot().list(ResourceKind.NODES, V1Node.class).isEmpty()) {
				judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes and no CNI objects in the snapshot.");
			}
			else {
				judge.unknown(ObjectRef.CLUSTER, "",
						"No known CNI signature (DaemonSet, CRD or node annotation) matches.");
			}
			return;
		}
		Map<String, String> evidence = new java.util.LinkedHashMap<>();
		for (Cni cni : cnis) {
			evidence.put(cni.name(), (cni.version().isEmpty() ? "" : cni.version() + "; ") + "enforces NetworkPolicy: "
					+ ((cni.enforcesPolicy() == null) ? "unknown" : cni.enforcesPolicy()) + "; " + cni.source());
		}
		judge.pass(ObjectRef.CLUSTER, "", "CNI: " + String.join(", ", cnis.stream().map(Cni::describe).toList()) + ".",
				evidence);
		cnis.stream()
			.filter((c) -> Cni.WEAVE.equals(c.name()))
			.findFirst()
			.ifPresent((c) -> judge.fail(Severity.LOW, ObjectRef.CLUSTER, "unmaintained",
					"Weave Net is no longer "
							+ "maintained (Weaveworks closed in 2024): plan a move to a maintained CNI.",
					Map.of("source", c.source())));
	}

}
