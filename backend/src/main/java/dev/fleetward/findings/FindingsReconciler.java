package dev.fleetward.findings;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.findings.internal.FindingEventPartitions;
import dev.fleetward.findings.internal.FindingTallies;
import dev.fleetward.findings.internal.FindingWriter;

/**
 * Turns one scan's results into durable findings: opens, updates, reopens, resolves (only
 * as invariant 2 allows) and retires them, applies exemptions and records every
 * transition. One transaction per scan: a crash leaves the findings as they were before.
 */
@Service
public class FindingsReconciler {

	private final FindingWriter writer;

	private final FindingTallies tallies;

	private final FindingEventPartitions partitions;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CheckCatalog catalog;

	FindingsReconciler(FindingWriter writer, FindingTallies tallies, FindingEventPartitions partitions,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
			CheckCatalog catalog) {
		this.catalog = catalog;
		this.writer = writer;
		this.tallies = tallies;
		this.partitions = partitions;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reconciles one scan. A scan that did not finish ({@code complete == false}) changes
	 * nothing and publishes nothing: an unreachable cluster resolves nothing.
	 */
	public ReconcileSummary reconcile(ScanOutcome outcome) {
		if (!outcome.complete()) {
			return ReconcileSummary.NONE;
		}
		this.partitions.ensure(outcome.scannedAt());
		return this.transaction.execute((status) -> {
			FindingWriter.Written written = this.writer.write(outcome, this::areaOf, this.clock.instant());
			ReconcileSummary summary = new ReconcileSummary(written.count(FindingEventType.OPENED),
					written.count(FindingEventType.RESOLVED), written.count(FindingEventType.REOPENED),
					written.count(FindingEventType.EXEMPTED), written.count(FindingEventType.UNEXEMPTED),
					written.count(FindingEventType.RETIRED));
			List<FindingTally> tally = this.tallies.after(outcome.clusterId(), outcome.scanId(), outcome.scannedAt());
			this.events.publishEvent(new FindingsReconciled(outcome, summary, tally, written.exemptedFingerprints()));
			return summary;
		});
	}

	private Area areaOf(String checkId) {
		return this.catalog.definition(checkId)
			.map(CheckDefinition::area)
			.orElseThrow(() -> new IllegalArgumentException("check " + checkId + " is not in the catalog"));
	}

}
