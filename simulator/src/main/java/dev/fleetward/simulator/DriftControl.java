package dev.fleetward.simulator;

import java.time.Duration;
import java.util.Set;

/** Applies and reverts {@link Drift}s on one cluster, now or on a schedule. */
public interface DriftControl {

	/**
	 * Applies a drift now; applying one already applied does nothing.
	 * @param drift the change set
	 * @return this control
	 */
	DriftControl apply(Drift drift);

	/**
	 * Applies a drift by its id ({@code scale-down}).
	 * @param id the drift's id
	 * @return this control
	 */
	DriftControl apply(String id);

	/**
	 * Restores every object the drift changed, created or deleted.
	 * @param drift the change set
	 * @return this control
	 */
	DriftControl revert(Drift drift);

	/**
	 * Applies a drift once after a delay.
	 * @param drift the change set
	 * @param delay time until it is applied
	 * @return this control
	 */
	DriftControl applyAfter(Drift drift, Duration delay);

	/**
	 * Reverts a drift once after a delay.
	 * @param drift the change set
	 * @param delay time until it is reverted
	 * @return this control
	 */
	DriftControl revertAfter(Drift drift, Duration delay);

	/**
	 * Applies and reverts a drift in turn, every {@code period}, so trends keep moving.
	 * @param drift the change set
	 * @param period time between two changes
	 * @return this control
	 */
	DriftControl toggleEvery(Drift drift, Duration period);

	/** Stops every scheduled change; applied drifts stay applied. */
	void cancelSchedules();

	Set<Drift> applied();

}
