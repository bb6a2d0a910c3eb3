package dev.fleetward.checks.internal;

import java.util.List;

import dev.fleetward.checks.internal.ha.HpaMaxReplicas;
import dev.fleetward.checks.internal.ha.HpaMinReplicas;
import dev.fleetward.checks.internal.ha.LivenessProbe;
import dev.fleetward.checks.internal.ha.PdbBlocksEviction;
import dev.fleetward.checks.internal.ha.PdbPresent;
import dev.fleetward.checks.internal.ha.PdbVsHpa;
import dev.fleetward.checks.internal.ha.ReadinessProbe;
import dev.fleetward.checks.internal.ha.WorkloadMinReplicas;
import dev.fleetward.checks.internal.ha.WorkloadZoneSpreadPolicy;
import dev.fleetward.checks.internal.net.HostNetwork;
import dev.fleetward.checks.internal.net.HostPort;
import dev.fleetward.checks.internal.net.IngressTls;
import dev.fleetward.checks.internal.net.WorkloadWithoutNetworkPolicy;
import dev.fleetward.checks.internal.sec.ClusterAdminBindings;
import dev.fleetward.checks.internal.sec.ContainerCpuLimits;
import dev.fleetward.checks.internal.sec.ContainerCpuRequests;
import dev.fleetward.checks.internal.sec.ContainerDangerousCapabilities;
import dev.fleetward.checks.internal.sec.ContainerHostProcess;
import dev.fleetward.checks.internal.sec.ContainerInsecureCapabilities;
import dev.fleetward.checks.internal.sec.ContainerMemoryLimits;
import dev.fleetward.checks.internal.sec.ContainerMemoryRequests;
import dev.fleetward.checks.internal.sec.ContainerPrivilegeEscalation;
import dev.fleetward.checks.internal.sec.ContainerProcMount;
import dev.fleetward.checks.internal.sec.ContainerReadOnlyRootFs;
import dev.fleetward.checks.internal.sec.ContainerRunAsRoot;
import dev.fleetward.checks.internal.sec.ContainerSeccomp;
import dev.fleetward.checks.internal.sec.ImageTagPinned;
import dev.fleetward.checks.internal.sec.PlaintextCredentials;
import dev.fleetward.checks.internal.sec.PodHostIpc;
import dev.fleetward.checks.internal.sec.PodHostPid;
import dev.fleetward.checks.internal.sec.PodPrivileged;
import dev.fleetward.checks.internal.sec.RbacExecAttachGrants;
import dev.fleetward.checks.internal.sec.ServiceAccountTokenAutomount;
import dev.fleetward.checks.internal.sto.HostPathVolume;

/**
 * Every built-in check, listed explicitly: no classpath scanning, so the CLI starts fast
 * and a check cannot be lost silently (CheckCatalogTest matches this list with the
 * catalog).
 */
public final class CheckRegistry {

	private CheckRegistry() {
	}

	public static List<Check> all() {
		return List.of(
				// high availability
				new WorkloadMinReplicas(), new HpaMinReplicas(), new HpaMaxReplicas(), new PdbPresent(),
				new PdbBlocksEviction(), new PdbVsHpa(), new WorkloadZoneSpreadPolicy(), new ReadinessProbe(),
				new LivenessProbe(),
				// networking
				new HostNetwork(), new HostPort(), new WorkloadWithoutNetworkPolicy(), new IngressTls(),
				// storage
				new HostPathVolume(),
				// security
				new ContainerCpuRequests(), new ContainerCpuLimits(), new ContainerMemoryRequests(),
				new ContainerMemoryLimits(), new ContainerRunAsRoot(), new ContainerPrivilegeEscalation(),
				new ContainerReadOnlyRootFs(), new ContainerDangerousCapabilities(),
				new ContainerInsecureCapabilities(), new ContainerSeccomp(), new ContainerProcMount(),
				new ContainerHostProcess(), new PodPrivileged(), new PodHostPid(), new PodHostIpc(),
				new PlaintextCredentials(), new ImageTagPinned(), new ServiceAccountTokenAutomount(),
				new RbacExecAttachGrants(), new ClusterAdminBindings());
	}

}
