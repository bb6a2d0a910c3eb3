package dev.fleetward.simulator.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code large} cluster, generated: 100 nodes in 3 zones (3 of them control plane),
 * 300 team namespaces, 2,000 Deployments of 5 replicas with their Services, so more than
 * 10,000 pods, plus the usual system DaemonSets. Teams vary the way real ones do: some
 * namespaces lack quotas or NetworkPolicies, some images float on {@code latest}.
 */
public final class LargeScenario {

	public static final int NODES = 100;

	public static final int NAMESPACES = 300;

	public static final int DEPLOYMENTS = 2000;

	public static final int REPLICAS = 5;

	private static final String[] ZONES = { "eu-central-1a", "eu-central-1b", "eu-central-1c" };

	private static final String[] IMAGES = { "nginx:1.27.5", "ghcr.io/acme/orders:2.14.1",
			"ghcr.io/acme/payments:1.9.0", "registry.k8s.io/echoserver:1.10", "ghcr.io/acme/search:latest",
			"redis:7.4.2", "ghcr.io/acme/catalog:3.2.7" };

	private LargeScenario() {
	}

	public static Scenario generate() {
		ClusterConfig config = ClusterConfig.from("large",
				Json.parse("{\"name\":\"large\",\"description\":\"generated: 100 nodes, 300 namespaces, "
						+ "2,000 Deployments, 10,000+ pods\",\"version\":{\"gitVersion\":\"v1.33.4\"}}"));
		List<ObjectNode> objects = new ArrayList<>(NAMESPACES * 4 + DEPLOYMENTS * 2 + NODES + 50);
		for (int i = 0; i < NODES; i++) {
			objects.add(node(i));
		}
		for (String ns : new String[] { "kube-system", "kube-public", "kube-node-lease", "default", "calico-system" }) {
			objects.add(Json.parse(namespace(ns, "")));
		}
		for (int i = 0; i < 3; i++) {
			objects.add(Json.parse(APISERVER.formatted(i, i)));
			objects.add(Json.parse(LEASE.formatted(RequiredFields.sha256("lease" + i).substring(0, 26), i)));
		}
		objects.add(Json.parse(
				DAEMONSET.formatted("kube-proxy", "kube-system", "kube-proxy", "registry.k8s.io/kube-proxy:v1.33.4")));
		objects.add(Json.parse(
				DAEMONSET.formatted("calico-node", "calico-system", "calico-node", "docker.io/calico/node:v3.30.2")));
		objects.add(Json.parse(STORAGE_CLASS));
		for (int n = 0; n < NAMESPACES; n++) {
			String ns = "team-%03d".formatted(n);
			objects.add(Json.parse(namespace(ns, "team-" + (n % 40))));
			if (n % 4 != 0) {
				objects.add(Json.parse(QUOTA.formatted(ns)));
				objects.add(Json.parse(LIMIT_RANGE.formatted(ns)));
			}
			if (n % 3 != 0) {
				objects.add(Json.parse(DEFAULT_DENY.formatted(ns)));
			}
		}
		for (int d = 0; d < DEPLOYMENTS; d++) {
			String ns = "team-%03d".formatted(d % NAMESPACES);
			String app = "svc-%04d".formatted(d);
			String image = IMAGES[d % IMAGES.length];
			String probes = (d % 5 == 0) ? "" : PROBES;
			objects.add(Json.parse(DEPLOYMENT.formatted(app, ns, REPLICAS, app, app, app, image, probes)));
			objects.add(Json.parse(SERVICE.formatted(app, ns, app)));
			if (d % 2 == 0) {
				objects.add(Json.parse(PDB.formatted(app, ns, app)));
			}
		}
		return Scenario.prepare(config, objects, Instant.now());
	}

	private static ObjectNode node(int i) {
		boolean controlPlane = i < 3;
		String name = controlPlane ? "cp-%d".formatted(i) : "worker-%03d".formatted(i);
		String zone = ZONES[i % ZONES.length];
		String role = controlPlane ? "\"node-role.kubernetes.io/control-plane\":\"\"," : "";
		String taints = controlPlane
				? "\"taints\":[{\"key\":\"node-role.kubernetes.io/control-plane\",\"effect\":\"NoSchedule\"}]," : "";
		return Json.parse(NODE.formatted(name, role, zone, name, taints, i, i / 250, i % 250 + 10, name,
				controlPlane ? "4" : "16", controlPlane ? "16Gi" : "64Gi"));
	}

	private static String namespace(String name, String team) {
		String labels = team.isEmpty() ? "" : ",\"labels\":{\"team\":\"" + team + "\"}";
		return "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"" + name + "\"" + labels
				+ "},\"spec\":{\"finalizers\":[\"kubernetes\"]},\"status\":{\"phase\":\"Active\"}}";
	}

	private static final String NODE = """
			{"apiVersion":"v1","kind":"Node","metadata":{"name":"%s","labels":{%s
			"topology.kubernetes.io/region":"eu-central-1","topology.kubernetes.io/zone":"%s",
			"kubernetes.io/hostname":"%s","kubernetes.io/os":"linux","kubernetes.io/arch":"amd64"}},
			"spec":{%s"podCIDR":"10.244.%d.0/24"},
			"status":{"addresses":[{"type":"InternalIP","address":"10.0.%d.%d"},{"type":"Hostname","address":"%s"}],
			"capacity":{"cpu":"%s","memory":"%s","pods":"110"},
			"conditions":[{"type":"Ready","status":"True","reason":"KubeletReady","message":"kubelet is posting ready status"},
			{"type":"MemoryPressure","status":"False"},{"type":"DiskPressure","status":"False"},{"type":"PIDPressure","status":"False"}]}}
			""";

	private static final String APISERVER = """
			{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kube-apiserver-cp-%d","namespace":"kube-system",
			"labels":{"component":"kube-apiserver","tier":"control-plane"},
			"annotations":{"kubernetes.io/config.mirror":"5b1a9c0e","kubernetes.io/config.source":"file"}},
			"spec":{"nodeName":"cp-%d","hostNetwork":true,"priorityClassName":"system-node-critical",
			"containers":[{"name":"kube-apiserver","image":"registry.k8s.io/kube-apiserver:v1.33.4",
			"command":["kube-apiserver","--authorization-mode=Node,RBAC",
			"--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml",
			"--etcd-servers=https://10.0.0.10:2379,https://10.0.0.11:2379,https://10.0.0.12:2379"]}]}}
			""";

	private static final String LEASE = """
			{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"apiserver-%s","namespace":"kube-system",
			"labels":{"apiserver.kubernetes.io/identity":"kube-apiserver","kubernetes.io/hostname":"cp-%d"}},
			"spec":{"leaseDurationSeconds":3600}}
			""";

	private static final String DAEMONSET = """
			{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"%s","namespace":"%s"},
			"spec":{"selector":{"matchLabels":{"k8s-app":"%s"}},"template":{"metadata":{"labels":{"k8s-app":"%3$s"}},
			"spec":{"hostNetwork":true,"tolerations":[{"operator":"Exists"}],"priorityClassName":"system-node-critical",
			"containers":[{"name":"main","image":"%s","securityContext":{"privileged":true}}]}}}}
			""";

	private static final String STORAGE_CLASS = """
			{"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"gp3",
			"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},"provisioner":"ebs.csi.aws.com",
			"parameters":{"type":"gp3","encrypted":"true"},"reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer",
			"allowVolumeExpansion":true}
			""";

	private static final String QUOTA = """
			{"apiVersion":"v1","kind":"ResourceQuota","metadata":{"name":"compute","namespace":"%s"},
			"spec":{"hard":{"requests.cpu":"20","requests.memory":"40Gi","limits.cpu":"40","limits.memory":"80Gi","pods":"100"}}}
			""";

	private static final String LIMIT_RANGE = """
			{"apiVersion":"v1","kind":"LimitRange","metadata":{"name":"defaults","namespace":"%s"},
			"spec":{"limits":[{"type":"Container","default":{"cpu":"500m","memory":"512Mi"},
			"defaultRequest":{"cpu":"100m","memory":"128Mi"}}]}}
			""";

	private static final String DEFAULT_DENY = """
			{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"default-deny","namespace":"%s"},
			"spec":{"podSelector":{},"policyTypes":["Ingress","Egress"]}}
			""";

	private static final String PROBES = """
			,"readinessProbe":{"httpGet":{"path":"/ready","port":8080},"periodSeconds":10},
			"livenessProbe":{"httpGet":{"path":"/healthz","port":8080},"periodSeconds":20}
			""";

	private static final String DEPLOYMENT = """
			{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"%s","namespace":"%s",
			"labels":{"app.kubernetes.io/part-of":"platform"}},
			"spec":{"replicas":%d,"selector":{"matchLabels":{"app":"%s"}},
			"template":{"metadata":{"labels":{"app":"%s"}},"spec":{
			"topologySpreadConstraints":[{"maxSkew":1,"topologyKey":"topology.kubernetes.io/zone",
			"whenUnsatisfiable":"ScheduleAnyway","labelSelector":{"matchLabels":{"app":"%s"}}}],
			"containers":[{"name":"app","image":"%s","ports":[{"containerPort":8080,"name":"http"}],
			"resources":{"requests":{"cpu":"50m","memory":"64Mi"},"limits":{"cpu":"500m","memory":"256Mi"}}%s}]}}}}
			""";

	private static final String SERVICE = """
			{"apiVersion":"v1","kind":"Service","metadata":{"name":"%s","namespace":"%s"},
			"spec":{"type":"ClusterIP","selector":{"app":"%s"},"ports":[{"name":"http","port":80,"targetPort":8080,"protocol":"TCP"}]}}
			""";

	private static final String PDB = """
			{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"%s","namespace":"%s"},
			"spec":{"maxUnavailable":1,"selector":{"matchLabels":{"app":"%s"}}},
			"status":{"currentHealthy":5,"desiredHealthy":4,"disruptionsAllowed":1,"expectedPods":5,"observedGeneration":1}}
			""";

}
