package dev.fleetward.simulator.drift;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.DriftControl;
import dev.fleetward.simulator.store.ObjectStore;

/** Applies and reverts drifts on one cluster's store, now or from a timer thread. */
public final class DriftScheduler implements DriftControl, AutoCloseable {

	private final ObjectStore store;

	private final Map<Drift, Recorder> applied = new EnumMap<>(Drift.class);

	private ScheduledExecutorService timer;

	public DriftScheduler(ObjectStore store) {
		this.store = store;
	}

	@Override
	public synchronized DriftControl apply(Drift drift) {
		if (!this.applied.containsKey(drift)) {
			Recorder recorder = new Recorder(this.store);
			ChangeSets.apply(drift, recorder);
			this.applied.put(drift, recorder);
		}
		return this;
	}

	@Override
	public DriftControl apply(String id) {
		return apply(Drift.byId(id));
	}

	@Override
	public synchronized DriftControl revert(Drift drift) {
		Recorder recorder = this.applied.remove(drift);
		if (recorder != null) {
			recorder.revert();
		}
		return this;
	}

	@Override
	public DriftControl applyAfter(Drift drift, Duration delay) {
		timer().schedule(() -> apply(drift), delay.toMillis(), TimeUnit.MILLISECONDS);
		return this;
	}

	@Override
	public DriftControl revertAfter(Drift drift, Duration delay) {
		timer().schedule(() -> revert(drift), delay.toMillis(), TimeUnit.MILLISECONDS);
		return this;
	}

	@Override
	public DriftControl toggleEvery(Drift drift, Duration period) {
		timer().scheduleAtFixedRate(() -> toggle(drift), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
		return this;
	}

	private synchronized void toggle(Drift drift) {
		if (this.applied.containsKey(drift)) {
			revert(drift);
		}
		else {
			apply(drift);
		}
	}

	@Override
	public synchronized void cancelSchedules() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public synchronized Set<Drift> applied() {
		return this.applied.isEmpty() ? EnumSet.noneOf(Drift.class) : EnumSet.copyOf(this.applied.keySet());
	}

	private synchronized ScheduledExecutorService timer() {
		if (this.timer == null) {
			this.timer = Executors.newSingleThreadScheduledExecutor((r) -> {
				Thread thread = new Thread(r, "fleetward-simulator-drift");
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.timer;
	}

	@Override
	public void close() {
		cancelSchedules();
	}

}
