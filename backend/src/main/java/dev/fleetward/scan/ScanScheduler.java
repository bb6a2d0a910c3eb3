package dev.fleetward.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.fleetward.cluster.ClusterEvents;
import dev.fleetward.cluster.ClusterRegistry;

/**
 * Keeps one recurring scan task per cluster in db-scheduler's table. db-scheduler runs an
 * execution on exactly one app instance at a time, which is what keeps two scans of one
 * cluster from ever overlapping, also across instances.
 */
@Component
@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
public class ScanScheduler implements ApplicationRunner {

	static final String TASK = "cluster-scan";

	private static final Logger log = LoggerFactory.getLogger(ScanScheduler.class);

	private final SchedulerClient scheduler;

	private final ClusterRegistry registry;

	private final Clock clock;

	ScanScheduler(SchedulerClient scheduler, ClusterRegistry registry, Clock clock) {
		this.scheduler = scheduler;
		this.registry = registry;
		this.clock = clock;
	}

	/** Every registered cluster has its task, also after a restore or a lost event. */
	@Override
	public void run(ApplicationArguments args) {
		this.registry.list().forEach((cluster) -> ensureScheduled(cluster.id()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ClusterEvents.Registered registered) {
		ensureScheduled(registered.clusterId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ClusterEvents.Deleted deleted) {
		try {
			this.scheduler.cancel(id(deleted.clusterId()));
		}
		catch (RuntimeException ex) {
			// Already gone, or running right now: the task removes itself when it finds
			// no
			// cluster.
			log.debug("Could not cancel the scan task of deleted cluster {}", deleted.clusterId());
		}
	}

	/**
	 * Runs a scan as soon as a scheduler thread is free.
	 * @return false when a scan of this cluster is running right now
	 */
	public boolean scanNow(UUID clusterId) {
		this.registry.get(clusterId);
		if (this.scheduler.scheduleIfNotExists(ScanTask.instance(clusterId, ScanTask.MANUAL), this.clock.instant())) {
			return true;
		}
		try {
			return this.scheduler.reschedule(id(clusterId), this.clock.instant(), ScanTask.MANUAL);
		}
		catch (RuntimeException ex) {
			// db-scheduler refuses to reschedule an execution that is running.
			return false;
		}
	}

	private void ensureScheduled(UUID clusterId) {
		Instant first = this.clock.instant();
		this.scheduler.scheduleIfNotExists(ScanTask.instance(clusterId, ScanTask.SCHEDULE), first);
	}

	private static TaskInstanceId id(UUID clusterId) {
		return TaskInstanceId.of(TASK, clusterId.toString());
	}

}
