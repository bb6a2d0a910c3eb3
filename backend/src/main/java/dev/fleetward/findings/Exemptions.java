package dev.fleetward.findings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.findings.internal.ExemptionApplier;
import dev.fleetward.findings.internal.FindingEventPartitions;
import dev.fleetward.security.Visibility;
import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;

/**
 * Creates, lists and revokes exemptions and keeps the findings they cover in step: a new
 * exemption exempts the open findings it covers at once; a revoked or expired one reopens
 * those that still fail (the sweep finds expiries without waiting for a scan).
 * <p>
 * A caller who sees only some teams sees the exemptions that cover any of their clusters,
 * and creates or revokes only exemptions that name one of their clusters exactly: a
 * pattern could reach other teams' clusters, today or once more are registered.
 */
@Service
class Exemptions {

	private final ExemptionRepository exemptions;

	private final ExemptionApplier applier;

	private final FindingEventPartitions partitions;

	private final TransactionTemplate transaction;

	private final ClusterRegistry clusters;

	private final Clock clock;

	Exemptions(ExemptionRepository exemptions, ExemptionApplier applier, FindingEventPartitions partitions,
			PlatformTransactionManager transactions, ClusterRegistry clusters, Clock clock) {
		this.exemptions = exemptions;
		this.clusters = clusters;
		this.applier = applier;
		this.partitions = partitions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	Created create(ExemptionScope scope, String owner, String reason, String ticketUrl, Instant expiresAt,
			String approvedBy, Visibility visibility) {
		Instant now = this.clock.instant();
		validate(scope, ticketUrl, expiresAt, now);
		if (!visibility.isFleetWide()) {
			if (scope.cluster().contains(ExemptionScope.ANY)) {
				throw new InvalidInputException("cluster", "name one of your team's clusters, without '*'");
			}
			if (!namesVisibleCluster(scope.cluster(), visibility)) {
				throw new NotFoundException("No cluster " + scope.cluster());
			}
		}
		this.partitions.ensure(now);
		return this.transaction.execute((status) -> {
			Exemption exemption = this.exemptions
				.saveAndFlush(new Exemption(scope, owner, reason, ticketUrl, expiresAt, approvedBy, now));
			return new Created(exemption, this.applier.exemptCoveredBy(exemption.id(), now));
		});
	}

	List<Exemption> list(Visibility visibility) {
		if (visibility.isFleetWide()) {
			return this.exemptions.findAllByOrderByIdDesc();
		}
		return visibility.teams().isEmpty() ? List.of() : this.exemptions.coveringTeams(visibility.teams());
	}

	/** Revoking twice keeps the first revocation. */
	Exemption revoke(long id, String by, Visibility visibility) {
		Instant now = this.clock.instant();
		this.partitions.ensure(now);
		return this.transaction.execute((status) -> {
			Exemption exemption = this.exemptions.findById(id)
				.filter((found) -> visibility.isFleetWide()
						|| list(visibility).stream().anyMatch((seen) -> seen.id().equals(found.id())))
				.orElseThrow(() -> new NotFoundException("No exemption " + id));
			if (!visibility.isFleetWide() && !namesVisibleCluster(exemption.scope().cluster(), visibility)) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"This exemption may cover clusters beyond your teams; a fleet-wide user can revoke it.");
			}
			exemption.revoke(by, now);
			this.exemptions.flush();
			this.applier.releaseUncovered(now);
			return exemption;
		});
	}

	/** Reopens the findings of exemptions that expired since the last sweep. */
	@Scheduled(fixedDelayString = "${fleetward.findings.exemption-sweep:1m}",
			initialDelayString = "${fleetward.findings.exemption-sweep:1m}")
	int sweepExpired() {
		Instant now = this.clock.instant();
		this.partitions.ensure(now);
		Integer released = this.transaction.execute((status) -> this.applier.releaseUncovered(now));
		return (released != null) ? released : 0;
	}

	private boolean namesVisibleCluster(String pattern, Visibility visibility) {
		return !pattern.contains(ExemptionScope.ANY) && this.clusters.list(visibility)
			.stream()
			.anyMatch((cluster) -> pattern.equals(cluster.name()) || pattern.equals(cluster.id().toString()));
	}

	private static void validate(ExemptionScope scope, String ticketUrl, Instant expiresAt, Instant now) {
		if (scope.coversEverything()) {
			throw new InvalidInputException("checkId",
					"an exemption must name a check, cluster, namespace or object; '*' everywhere would exempt everything");
		}
		if (!expiresAt.isAfter(now)) {
			throw new InvalidInputException("expiresAt", "must be in the future");
		}
		Instant limit = now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
		if (expiresAt.isAfter(limit)) {
			throw new InvalidInputException("expiresAt",
					"must be at most one year ahead (no later than " + limit + ")");
		}
		if (ticketUrl != null && !isWebAddress(ticketUrl)) {
			throw new InvalidInputException("ticketUrl", "must be an http or https URL");
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	record Created(Exemption exemption, int findingsExempted) {
	}

}
