package dev.fleetward.scan;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.scan.internal.ClusterScanner;
import dev.fleetward.web.NotFoundException;

/**
 * The db-scheduler task behind every cluster's scans: one task instance per cluster (its
 * id), carrying what triggered the run. After each run it reschedules itself one interval
 * later, reading the interval then, so a changed interval applies from the next run.
 */
final class ScanTask {

	static final String SCHEDULE = "SCHEDULE";

	static final String MANUAL = "MANUAL";

	private ScanTask() {
	}

	static TaskInstance<String> instance(UUID clusterId, String trigger) {
		return new TaskInstance<>(ScanScheduler.TASK, clusterId.toString(), trigger);
	}

	static CustomTask<String> create(ClusterScanner scanner, ClusterRegistry registry, Clock clock) {
		return Tasks.custom(ScanScheduler.TASK, String.class)
			// A scan whose app died is run again by another instance.
			.onDeadExecutionRevive()
			.onFailureReschedule(Schedules.fixedDelay(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				UUID clusterId = UUID.fromString(instance.getId());
				try {
					scanner.scan(clusterId, MANUAL.equals(instance.getData()) ? MANUAL : SCHEDULE);
				}
				catch (NotFoundException ex) {
					return (complete, operations) -> operations.remove();
				}
				return next(registry, clusterId, clock);
			});
	}

	private static CompletionHandler<String> next(ClusterRegistry registry, UUID clusterId, Clock clock) {
		return (complete, operations) -> {
			try {
				int interval = registry.get(clusterId).scanIntervalSeconds();
				operations.reschedule(complete, clock.instant().plusSeconds(interval), SCHEDULE);
			}
			catch (NotFoundException ex) {
				operations.remove();
			}
		};
	}

}
