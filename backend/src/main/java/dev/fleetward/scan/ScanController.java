package dev.fleetward.scan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.VisibleClusters;
import dev.fleetward.scan.internal.ScanRuns;
import dev.fleetward.security.CallerVisibility;
import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;
import dev.fleetward.web.Problems;

/**
 * Scans: trigger one now, list a cluster's recent scans, follow one while it runs. Scans
 * of clusters outside the caller's teams answer 404, like unknown ones.
 */
@RestController
class ScanController {

	private static final int MAX_LIMIT = 200;

	private final ObjectProvider<ScanScheduler> scheduler;

	private final ScanRuns runs;

	private final ClusterRegistry registry;

	private final CallerVisibility visibility;

	ScanController(ObjectProvider<ScanScheduler> scheduler, ScanRuns runs, ClusterRegistry registry,
			CallerVisibility visibility) {
		this.scheduler = scheduler;
		this.runs = runs;
		this.registry = registry;
		this.visibility = visibility;
	}

	@PostMapping("/api/v1/clusters/{id}/scans")
	@PreAuthorize("hasRole('OPERATOR')")
	ResponseEntity<Object> trigger(@PathVariable UUID id, Authentication caller) {
		this.registry.get(id, this.visibility.of(caller));
		ScanScheduler scheduler = this.scheduler.getIfAvailable();
		if (scheduler == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
						"Scheduled scanning is switched off on this instance."));
		}
		if (scheduler.scanNow(id)) {
			return ResponseEntity.accepted().body(Map.of("clusterId", id, "status", "scheduled"));
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "A scan of this cluster is running; it cannot be started twice."));
	}

	@GetMapping("/api/v1/clusters/{id}/scans")
	@PreAuthorize("hasRole('VIEWER')")
	List<ScanRun> list(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit, Authentication caller) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be from 1 to " + MAX_LIMIT);
		}
		this.registry.get(id, this.visibility.of(caller));
		return this.runs.recent(id, limit);
	}

	@GetMapping("/api/v1/scans/{scanId}")
	@PreAuthorize("hasRole('VIEWER')")
	ScanRun get(@PathVariable long scanId, Authentication caller) {
		VisibleClusters visible = this.registry.visible(this.visibility.of(caller));
		return this.runs.find(scanId)
			.filter((run) -> visible.contains(run.clusterId()))
			.orElseThrow(() -> new NotFoundException("No scan " + scanId));
	}

}
