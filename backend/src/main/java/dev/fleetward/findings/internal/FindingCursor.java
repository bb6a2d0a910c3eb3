package dev.fleetward.findings.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.fleetward.web.InvalidInputException;

/**
 * Keyset cursors: the sort key and id of the last row of a page, opaque to clients. A
 * page starts strictly after it, so rows inserted meanwhile never shift what follows and
 * no finding is listed twice or skipped.
 *
 * @param sort which order the cursor belongs to
 * @param key the sort key of the last row (severity rank, or epoch microseconds)
 * @param id the id of the last row
 */
public record FindingCursor(String sort, long key, long id) {

	public static FindingCursor parse(String cursor, String sort) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length != 3 || !parts[0].equals(sort)) {
				throw new IllegalArgumentException("wrong shape");
			}
			return new FindingCursor(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cursor", "is not a cursor of this list (sort=" + sort + ")");
		}
	}

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.sort + ":" + this.key + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

}
