package dev.fleetward.checks.internal;

import java.util.Set;

import dev.fleetward.snapshot.ResourceKind;

/**
 * The logic of one catalog entry. Pure: no Spring, no I/O, no clock (time is
 * {@code judge.snapshot().takenAt()}). Metadata lives in
 * {@code checks/catalog-<area>.yaml}.
 */
public interface Check {

	/** The catalog id, exactly as CHECKS.md fixes it. */
	String id();

	/**
	 * The kinds this check reads. The engine answers UNKNOWN or NOT_APPLICABLE for the
	 * check when one of them was not read completely, so {@link #evaluate} only runs on
	 * complete input.
	 */
	Set<ResourceKind> needs();

	/** Judges the snapshot, reporting one result per object judged through the judge. */
	void evaluate(Judge judge);

}
