package dev.fleetward.collect;

import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ResourceKind;

/**
 * Told as each kind is listed, so a long scan can show how far it got.
 */
@FunctionalInterface
public interface CollectionProgress {

	CollectionProgress NONE = (kind, status, done, total) -> {
	};

	void kindListed(ResourceKind kind, KindStatus status, int done, int total);

}
