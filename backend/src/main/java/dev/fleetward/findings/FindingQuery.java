package dev.fleetward.findings;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters and paging of a findings list. Every filter is optional.
 *
 * @param cluster one cluster
 * @param environment clusters of one environment
 * @param team clusters of one team
 * @param area HA, NETWORKING, STORAGE or SECURITY
 * @param severity one severity
 * @param status OPEN, RESOLVED, EXEMPTED or RETIRED
 * @param check one check id
 * @param namespace one namespace
 * @param text words in the message, object name or check id
 * @param since first seen at or after
 * @param updatedSince changed after (incremental sync; lists by change time)
 * @param sort severity (default), age or updated
 * @param cursor where the previous page ended
 * @param limit page size
 */
public record FindingQuery(UUID cluster, String environment, String team, String area, String severity, String status,
		String check, String namespace, String text, Instant since, Instant updatedSince, String sort, String cursor,
		int limit) {

	/** The same filters and order, from another page on, with another page size. */
	public FindingQuery page(String cursor, int limit) {
		return new FindingQuery(this.cluster, this.environment, this.team, this.area, this.severity, this.status,
				this.check, this.namespace, this.text, this.since, this.updatedSince, this.sort, cursor, limit);
	}

}
