package dev.fleetward.collect.internal;

import java.util.List;

import dev.fleetward.snapshot.KindStatus;

/**
 * What listing one kind produced: the objects (empty unless complete) and why not.
 */
public record KindListing(List<Object> items, KindStatus status) {

	static KindListing of(KindStatus status) {
		return new KindListing(List.of(), status);
	}

}
