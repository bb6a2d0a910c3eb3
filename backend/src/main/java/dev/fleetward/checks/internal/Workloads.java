package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobTemplateSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1ReplicationController;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * The top-level workloads of a snapshot, derived once per engine run. An object owned by
 * a controller that is in the snapshot is judged through that controller, not twice.
 */
public final class Workloads {

	/** The kinds workloads are derived from. */
	public static final Set<ResourceKind> KINDS = Set.of(ResourceKind.PODS, ResourceKind.DEPLOYMENTS,
			ResourceKind.REPLICA_SETS, ResourceKind.STATEFUL_SETS, ResourceKind.DAEMON_SETS, ResourceKind.JOBS,
			ResourceKind.CRON_JOBS, ResourceKind.REPLICATION_CONTROLLERS);

	/** The kinds that own pods or other workloads. */
	private static final Set<ResourceKind> OWNER_KINDS = EnumSet.of(ResourceKind.DEPLOYMENTS, ResourceKind.REPLICA_SETS,
			ResourceKind.STATEFUL_SETS, ResourceKind.DAEMON_SETS, ResourceKind.JOBS, ResourceKind.CRON_JOBS,
			ResourceKind.REPLICATION_CONTROLLERS);

	private final Snapshot snapshot;

	private List<Workload> all;

	private Map<ObjectRef, List<V1Pod>> podsByWorkload;

	/** Snapshot objects are looked up by name, so one owner is one instance. */
	private final Map<KubernetesObject, ObjectRef> topLevelByOwner = new IdentityHashMap<>();

	private PodLabels podLabels;

	public Workloads(Snapshot snapshot) {
		this.snapshot = snapshot;
	}

	public synchronized List<Workload> all() {
		if (this.all == null) {
			this.all = derive();
		}
		return this.all;
	}

	private List<Workload> derive() {
		List<Workload> result = new ArrayList<>();
		for (V1Deployment d : this.snapshot.list(ResourceKind.DEPLOYMENTS, V1Deployment.class)) {
			Integer replicas = (d.getSpec() != null) ? d.getSpec().getReplicas() : null;
			result.add(fromTemplate("Deployment", d.getMetadata(),
					(d.getSpec() != null) ? d.getSpec().getTemplate() : null, replicas, false));
		}
		for (V1StatefulSet s : this.snapshot.list(ResourceKind.STATEFUL_SETS, V1StatefulSet.class)) {
			Integer replicas = (s.getSpec() != null) ? s.getSpec().getReplicas() : null;
			result.add(fromTemplate("StatefulSet", s.getMetadata(),
					(s.getSpec() != null) ? s.getSpec().getTemplate() : null, replicas, false));
		}
		for (V1DaemonSet ds : this.snapshot.list(ResourceKind.DAEMON_SETS, V1DaemonSet.class)) {
			result.add(fromTemplate("DaemonSet", ds.getMetadata(),
					(ds.getSpec() != null) ? ds.getSpec().getTemplate() : null, null, false));
		}
		for (V1CronJob c : this.snapshot.list(ResourceKind.CRON_JOBS, V1CronJob.class)) {
			V1JobTemplateSpec job = (c.getSpec() != null) ? c.getSpec().getJobTemplate() : null;
			result.add(fromTemplate("CronJob", c.getMetadata(),
					(job != null && job.getSpec() != null) ? job.getSpec().getTemplate() : null, null, true));
		}
		for (V1Job j : this.snapshot.list(ResourceKind.JOBS, V1Job.class)) {
			if (!ownedByController(j.getMetadata())) {
				result.add(fromTemplate("Job", j.getMetadata(),
						(j.getSpec() != null) ? j.getSpec().getTemplate() : null, null, true));
			}
		}
		for (V1ReplicaSet rs : this.snapshot.list(ResourceKind.REPLICA_SETS, V1ReplicaSet.class)) {
			if (!ownedByController(rs.getMetadata())) {
				Integer replicas = (rs.getSpec() != null) ? rs.getSpec().getReplicas() : null;
				result.add(fromTemplate("ReplicaSet", rs.getMetadata(),
						(rs.getSpec() != null) ? rs.getSpec().getTemplate() : null, replicas, false));
			}
		}
		for (V1ReplicationController rc : this.snapshot.list(ResourceKind.REPLICATION_CONTROLLERS,
				V1ReplicationController.class)) {
			if (!ownedByController(rc.getMetadata())) {
				Integer replicas = (rc.getSpec() != null) ? rc.getSpec().getReplicas() : null;
				result.add(fromTemplate("ReplicationController", rc.getMetadata(),
						(rc.getSpec() != null) ? rc.getSpec().getTemplate() : null, replicas, false));
			}
		}
		// Filing each pod under its top-level workload here spares podsOf() a second pass
		// over every pod's owners.
		Map<ObjectRef, List<V1Pod>> podsByWorkload = new HashMap<>();
		for (V1Pod pod : this.snapshot.list(ResourceKind.PODS, V1Pod.class)) {
			Owner owner = ownerOf(pod.getMetadata());
			podsByWorkload.computeIfAbsent(topLevelOf(pod, owner), (r) -> new ArrayList<>()).add(pod);
			if (owner == null) {
				String restart = (pod.getSpec() != null) ? pod.getSpec().getRestartPolicy() : null;
				boolean batch = restart != null && !"Always".equals(restart);
				result.add(new Workload(ref("Pod", pod.getMetadata()), pod.getMetadata(), pod.getMetadata(),
						pod.getSpec(), null, batch));
			}
		}
		this.podsByWorkload = podsByWorkload;
		return List.copyOf(result);
	}

	private static Workload fromTemplate(String kind, V1ObjectMeta meta, V1PodTemplateSpec template, Integer replicas,
			boolean batch) {
		return new Workload(ref(kind, meta), meta, (template != null) ? template.getMetadata() : null,
				(template != null) ? template.getSpec() : null, replicas, batch);
	}

	private static ObjectRef ref(String kind, V1ObjectMeta meta) {
		return (meta != null) ? new ObjectRef(kind, meta.getNamespace(), meta.getName()) : new ObjectRef(kind, "", "");
	}

	/** Owned by a workload controller that is itself in the snapshot. */
	private boolean ownedByController(V1ObjectMeta meta) {
		return ownerOf(meta) != null;
	}

	/**
	 * The first owner of a workload kind that is in the snapshot, null when there is
	 * none.
	 */
	private Owner ownerOf(V1ObjectMeta meta) {
		if (meta == null || meta.getOwnerReferences() == null) {
			return null;
		}
		for (V1OwnerReference owner : meta.getOwnerReferences()) {
			ResourceKind kind = ResourceKind.ofKind(owner.getKind());
			if (kind != null && OWNER_KINDS.contains(kind)) {
				Optional<Object> found = this.snapshot.find(kind, meta.getNamespace(), owner.getName(), Object.class);
				if (found.isPresent()) {
					return new Owner(kind, (KubernetesObject) found.get());
				}
			}
		}
		return null;
	}

	/**
	 * The pods of a workload (through ReplicaSets and Jobs for Deployments and CronJobs);
	 * a bare Pod is its own.
	 */
	public synchronized List<V1Pod> podsOf(Workload workload) {
		all();
		return this.podsByWorkload.getOrDefault(workload.ref(), List.of());
	}

	/**
	 * The top-level workload a pod belongs to, following owners that are in the snapshot
	 * the same way {@link #all()} does.
	 */
	public synchronized ObjectRef workloadOf(V1Pod pod) {
		return topLevelOf(pod, ownerOf(pod.getMetadata()));
	}

	private ObjectRef topLevelOf(V1Pod pod, Owner owner) {
		if (owner == null) {
			return ref("Pod", pod.getMetadata());
		}
		// The replicas of a ReplicaSet or Job share their chain of owners: climb it once.
		return this.topLevelByOwner.computeIfAbsent(owner.object(), (o) -> climb(owner));
	}

	/**
	 * The top of an owner chain: the pod's owner and at most two owners above it (Pod,
	 * ReplicaSet, Deployment).
	 */
	private ObjectRef climb(Owner first) {
		Owner current = first;
		for (int depth = 1; depth < 3; depth++) {
			Owner next = ownerOf(current.object().getMetadata());
			if (next == null) {
				break;
			}
			current = next;
		}
		return ref(current.kind().kind(), current.object().getMetadata());
	}

	/**
	 * The distinct pod label sets per namespace, for matching selectors (NetworkPolicy
	 * peers, Services) against pods.
	 */
	public synchronized PodLabels podLabels() {
		if (this.podLabels == null) {
			this.podLabels = new PodLabels(this.snapshot, all());
		}
		return this.podLabels;
	}

	/** The HorizontalPodAutoscaler that scales a workload, if any. */
	public Optional<V2HorizontalPodAutoscaler> autoscalerOf(Workload workload) {
		for (V2HorizontalPodAutoscaler hpa : this.snapshot.inNamespace(ResourceKind.HORIZONTAL_POD_AUTOSCALERS,
				workload.namespace(), V2HorizontalPodAutoscaler.class)) {
			if (hpa.getSpec() != null && hpa.getSpec().getScaleTargetRef() != null
					&& workload.kind().equals(hpa.getSpec().getScaleTargetRef().getKind())
					&& workload.name().equals(hpa.getSpec().getScaleTargetRef().getName())) {
				return Optional.of(hpa);
			}
		}
		return Optional.empty();
	}

	/**
	 * PodDisruptionBudgets in the workload's namespace whose selector selects its pods.
	 */
	public List<V1PodDisruptionBudget> budgetsOf(Workload workload) {
		List<V1PodDisruptionBudget> budgets = new ArrayList<>();
		for (V1PodDisruptionBudget pdb : this.snapshot.inNamespace(ResourceKind.POD_DISRUPTION_BUDGETS,
				workload.namespace(), V1PodDisruptionBudget.class)) {
			if (pdb.getSpec() != null && Selectors.matches(pdb.getSpec().getSelector(), workload.podLabels())) {
				budgets.add(pdb);
			}
		}
		return budgets;
	}

	private record Owner(ResourceKind kind, KubernetesObject object) {
	}

}
