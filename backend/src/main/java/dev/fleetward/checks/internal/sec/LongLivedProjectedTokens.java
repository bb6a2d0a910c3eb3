package dev.fleetward.checks.internal.sec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;

/**
 * Bound tokens are meant to be short-lived. Per workload: projected
 * {@code serviceAccountToken} sources asking for more than the threshold (default 24h).
 * Per API server: {@code --service-account-extend-token-expiration} (true by default)
 * makes the tokens the kubelet mounts valid for a year, and a large
 * {@code --service-account-max-token-expiration} lets clients ask for long tokens.
 */
public final class LongLivedProjectedTokens extends ApiServerFlagCheck {

	@Override
	public String id() {
		return "sec-long-lived-projected-tokens";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.NODES);
		return needs;
	}

	@Override
	protected String subject() {
		return "the service-account token lifetime";
	}

	@Override
	public void evaluate(Judge judge) {
		long max = Duration.ofHours(judge.config().thresholds().maxTokenExpirationHours()).toSeconds();
		for (Workload workload : judge.workloads().all()) {
			List<String> longLived = new ArrayList<>();
			boolean projects = false;
			for (V1Volume volume : (workload.podSpec().getVolumes() != null) ? workload.podSpec().getVolumes()
					: List.<V1Volume>of()) {
				List<V1VolumeProjection> sources = (volume.getProjected() != null
						&& volume.getProjected().getSources() != null) ? volume.getProjected().getSources() : List.of();
				for (V1VolumeProjection source : sources) {
					if (source.getServiceAccountToken() != null) {
						projects = true;
						Long seconds = source.getServiceAccountToken().getExpirationSeconds();
						if (seconds != null && seconds > max) {
							longLived.add(volume.getName() + "=" + seconds + "s");
						}
					}
				}
			}
			if (!longLived.isEmpty()) {
				judge.fail(workload.ref(), "", workload.describe()
						+ " projects service-account tokens valid longer than " + max + "s: " + longLived + ".",
						Map.of("tokens", String.join(",", longLived)));
			}
			else if (projects) {
				judge.pass(workload.ref(), "", workload.describe() + " projects tokens valid at most " + max + "s.");
			}
		}
		judgeApiServers(judge);
	}

	@Override
	protected void judgeFlags(Judge judge, ObjectRef apiServer, List<String> flags) {
		String what = "kube-apiserver " + apiServer.name();
		Optional<String> extend = ControlPlane.flag(flags, "service-account-extend-token-expiration");
		Optional<Duration> max = ControlPlane.flag(flags, "service-account-max-token-expiration")
			.flatMap(GoDurations::parse);
		Duration limit = Duration.ofHours(judge.config().thresholds().maxTokenExpirationHours());
		List<String> problems = new ArrayList<>();
		if (extend.isEmpty() || !"false".equalsIgnoreCase(extend.get())) {
			problems.add("--service-account-extend-token-expiration is " + extend.orElse("true (default)")
					+ ", so mounted tokens stay valid for a year");
		}
		if (max.isPresent() && max.get().compareTo(limit) > 0) {
			problems.add("--service-account-max-token-expiration allows " + max.get().toHours() + "h");
		}
		Map<String, String> evidence = Map.of("extend-token-expiration", extend.orElse("default(true)"),
				"max-token-expiration", max.map(Duration::toString).orElse("unset"));
		if (problems.isEmpty()) {
			judge.pass(apiServer, "", what + " keeps service-account tokens short-lived.", evidence);
		}
		else {
			judge.fail(apiServer, "", what + ": " + String.join("; ", problems) + ".", evidence);
		}
	}

}
