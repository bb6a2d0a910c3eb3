package dev.fleetward.checks.internal.net;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.GenericObject;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressClass;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * Inventory of how traffic enters the cluster: LoadBalancer Services, IngressClasses and
 * Ingresses per class, Gateways (when present as manifests). Two sub-findings (low) point
 * at entry points no controller serves: several default IngressClasses (the admission
 * controller then rejects new Ingresses without a class) and Ingresses naming a class
 * that does not exist.
 */
public final class LoadBalancerInventory implements Check {

	private static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";

	@Override
	public String id() {
		return "net-loadbalancer-inventory";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.SERVICES, ResourceKind.INGRESSES, ResourceKind.INGRESS_CLASSES, ResourceKind.NODES);
	}

	@Override
	public void evaluate(Judge judge) {
		var snapshot = judge.snapshot();
		long loadBalancers = snapshot.list(ResourceKind.SERVICES, V1Service.class)
			.stream()
			.filter((s) -> s.getSpec() != null && "LoadBalancer".equals(s.getSpec().getType()))
			.count();
		List<V1IngressClass> classes = snapshot.list(ResourceKind.INGRESS_CLASSES, V1IngressClass.class);
		List<String> defaults = classes.stream()
			.filter((c) -> c.getMetadata().getAnnotations() != null
					&& "true".equals(c.getMetadata().getAnnotations().get(DEFAULT_CLASS)))
			.map((c) -> c.getMetadata().getName())
			.toList();
		Set<String> classNames = new java.util.HashSet<>(
				classes.stream().map((c) -> c.getMetadata().getName()).toList());
		Map<String, Integer> ingressesByClass = new TreeMap<>();
		Set<String> missingClasses = new java.util.TreeSet<>();
		for (V1Ingress ingress : snapshot.list(ResourceKind.INGRESSES, V1Ingress.class)) {
			String name = (ingress.getSpec() != null) ? ingress.getSpec().getIngressClassName() : null;
			ingressesByClass.merge((name != null) ? name : "(default)", 1, Integer::sum);
			if (name != null && !classNames.contains(name) && !classes.isEmpty()) {
				missingClasses.add(name);
			}
		}
		long gateways = snapshot.others()
			.stream()
			.filter((o) -> "Gateway".equals(o.kind()))
			.map(GenericObject::name)
			.count();
		if (loadBalancers == 0 && classes.isEmpty() && ingressesByClass.isEmpty() && gateways == 0
				&& snapshot.list(ResourceKind.NODES, V1Node.class).isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "",
					"No nodes, Services, Ingresses or IngressClasses in the snapshot.");
			return;
		}
		Map<String, String> evidence = Map.of("loadBalancerServices", String.valueOf(loadBalancers), "ingressClasses",
				String.join(",", classNames.stream().sorted().toList()), "defaultIngressClasses",
				String.join(",", defaults), "ingressesByClass", ingressesByClass.toString(), "gateways",
				String.valueOf(gateways));
		judge.pass(ObjectRef.CLUSTER, "",
				loadBalancers + " LoadBalancer Service(s), " + classes.size() + " IngressClass(es), "
						+ ingressesByClass.values().stream().mapToInt(Integer::intValue).sum() + " Ingress(es), "
						+ gateways + " Gateway(s).",
				evidence);
		if (defaults.size() > 1) {
			judge.fail(Severity.LOW, ObjectRef.CLUSTER, "default-classes",
					defaults.size() + " IngressClasses are marked default " + defaults
							+ ": new Ingresses without a class are rejected.",
					Map.of("defaultIngressClasses", String.join(",", defaults)));
		}
		if (!missingClasses.isEmpty()) {
			judge.fail(Severity.LOW, ObjectRef.CLUSTER, "missing-classes",
					"Ingresses name IngressClasses that do " + "not exist " + missingClasses
							+ ": no controller serves them.",
					Map.of("missingClasses", String.join(",", missingClasses)));
		}
	}

}
