package dev.fleetward.checks.internal.sec;

import java.util.List;

import dev.fleetward.checks.internal.Check;

/**
 * The security checks, in catalog order.
 */
public final class SecurityChecks {

	private SecurityChecks() {
	}

	public static List<Check> all() {
		return List.of(new ContainerCpuRequests(), new ContainerCpuLimits(), new ContainerMemoryRequests(),
				new ContainerMemoryLimits(), new ContainerRunAsRoot(), new ContainerPrivilegeEscalation(),
				new ContainerReadOnlyRootFs(), new ContainerDangerousCapabilities(),
				new ContainerInsecureCapabilities(), new ContainerSeccomp(), new ContainerProcMount(),
				new ContainerHostProcess(), new PodPrivileged(), new PodHostPid(), new PodHostIpc(),
				new PlaintextCredentials(), new ImageTagPinned(), new ServiceAccountTokenAutomount(),
				new RbacExecAttachGrants(), new ClusterAdminBindings(), new NodeDebugPods(), new RbacNodesProxy(),
				new RbacAuthorizerEnabled(), new RbacSecretsRead(), new RbacDanglingBinding(),
				new WorkloadsInDefaultNamespace(), new NamespaceTenancy(), new NamespaceResourceQuota(),
				new NamespaceQuotaNearLimit(), new NamespaceLimitRange(), new SecretsEncryptionAtRest(),
				new SecretInEnv(), new ExternalSecretStore(), new SecretRotationAge(), new LegacySaTokenSecrets(),
				new DefaultServiceAccountUsed(), new LongLivedProjectedTokens(), new RbacTokenRequest(),
				new PodSecurityAdmission(), new ApiServerTlsVerified());
	}

}
