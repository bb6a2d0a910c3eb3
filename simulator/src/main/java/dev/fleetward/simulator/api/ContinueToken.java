package dev.fleetward.simulator.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import dev.fleetward.simulator.store.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque {@code continue} value of a paged list: where the last page ended, which
 * page comes next and when the list started. Like etcd compaction on a real server, a
 * token older than the TTL is refused with 410 Gone.
 *
 * @param lastKey key of the last object served
 * @param nextPage 1-based number of the page this token asks for
 * @param issuedAt when the first page of the list was served
 */
record ContinueToken(String lastKey, int nextPage, Instant issuedAt) {

	String encode() {
		ObjectNode node = Json.object();
		node.put("k", this.lastKey);
		node.put("p", this.nextPage);
		node.put("t", this.issuedAt.toEpochMilli());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(node));
	}

	boolean expired(Instant now, Duration ttl) {
		return this.issuedAt.plus(ttl).isBefore(now);
	}

	static Optional<ContinueToken> decode(String value) {
		try {
			ObjectNode node = Json.parse(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
			return Optional.of(new ContinueToken(node.path("k").asString(), node.path("p").asInt(),
					Instant.ofEpochMilli(node.path("t").asLong())));
		}
		catch (IllegalArgumentException | JacksonException | ClassCastException ex) {
			return Optional.empty();
		}
	}

}
