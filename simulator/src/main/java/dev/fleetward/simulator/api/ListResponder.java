package dev.fleetward.simulator.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Supplier;

import dev.fleetward.simulator.fault.FaultState;
import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ObjectStore;
import dev.fleetward.simulator.store.ResourceType;
import dev.fleetward.simulator.store.StoredObject;
import io.fabric8.mockwebserver.http.MockResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves LIST requests with what the fabric8 mock lacks: {@code limit}/{@code continue}
 * paging with expiring tokens, set-based label selectors, field selectors, the list's
 * {@code resourceVersion}, and the metadata-only and Table forms clients ask for.
 */
final class ListResponder {

	private final ObjectStore store;

	private final FaultState faults;

	private final Supplier<Duration> continueTtl;

	private final Clock clock;

	ListResponder(ObjectStore store, FaultState faults, Supplier<Duration> continueTtl, Clock clock) {
		this.store = store;
		this.faults = faults;
		this.continueTtl = continueTtl;
		this.clock = clock;
	}

	MockResponse list(ResourceType type, ApiRequest request, String accept) {
		Instant now = this.clock.instant();
		NavigableMap<String, StoredObject> entries = this.store.entries(type, request.namespace());
		int page = 1;
		Instant issuedAt = now;
		String continueParam = request.param("continue");
		if (!continueParam.isEmpty()) {
			Optional<ContinueToken> token = ContinueToken.decode(continueParam);
			if (token.isEmpty()) {
				return Responses.status(400, "BadRequest", "continue key is not valid");
			}
			if (token.get().expired(now, this.continueTtl.get())) {
				return Responses.expired();
			}
			entries = entries.tailMap(token.get().lastKey(), false);
			page = token.get().nextPage();
			issuedAt = token.get().issuedAt();
		}
		if (this.faults.takeGoneOnPage(type, page)) {
			return Responses.expired();
		}
		LabelSelector labels = LabelSelector.parse(request.param("labelSelector"));
		FieldSelector fields = FieldSelector.parse(request.param("fieldSelector"));
		int limit = parseLimit(request.param("limit"));
		List<StoredObject> items = new ArrayList<>();
		String continueToken = null;
		Iterator<StoredObject> it = entries.values().iterator();
		while (it.hasNext()) {
			StoredObject object = it.next();
			if (!labels.matches(object.labels()) || !fields.matches(object)) {
				continue;
			}
			if (items.size() == limit) {
				continueToken = new ContinueToken(items.get(items.size() - 1).key(), page + 1, issuedAt).encode();
				break;
			}
			items.add(object);
		}
		Long remaining = null;
		if (continueToken != null && labels.isEmpty() && fields.isEmpty()) {
			remaining = (long) entries.tailMap(items.get(items.size() - 1).key(), false).size();
		}
		ListMeta meta = new ListMeta(Long.toString(this.store.resourceVersion()), continueToken, remaining);
		if (accept.contains("as=Table")) {
			return Responses.json(200, TableView.of(type, items, meta, now));
		}
		if (accept.contains("as=PartialObjectMetadataList")) {
			return Responses.json(200, metadataOnly(items, meta));
		}
		return Responses.json(200, fullList(type, items, meta));
	}

	private static int parseLimit(String limit) {
		try {
			int value = limit.isEmpty() ? 0 : Integer.parseInt(limit);
			return (value <= 0) ? Integer.MAX_VALUE : value;
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static byte[] fullList(ResourceType type, List<StoredObject> items, ListMeta meta) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(items.size() * 2048 + 256);
		write(out, "{\"kind\":\"" + type.listKind() + "\",\"apiVersion\":\"" + type.apiVersion() + "\",\"metadata\":");
		out.writeBytes(Json.bytes(meta.toJson()));
		write(out, ",\"items\":[");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.writeBytes(items.get(i).json());
		}
		write(out, "]}");
		return out.toByteArray();
	}

	private static ObjectNode metadataOnly(List<StoredObject> items, ListMeta meta) {
		ObjectNode list = Json.object();
		list.put("kind", "PartialObjectMetadataList");
		list.put("apiVersion", "meta.k8s.io/v1");
		list.set("metadata", meta.toJson());
		var array = list.putArray("items");
		for (StoredObject item : items) {
			ObjectNode partial = array.addObject();
			partial.put("kind", "PartialObjectMetadata");
			partial.put("apiVersion", "meta.k8s.io/v1");
			partial.set("metadata", item.tree().path("metadata"));
		}
		return list;
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The {@code metadata} of a list response. */
	record ListMeta(String resourceVersion, String continueToken, Long remainingItemCount) {

		ObjectNode toJson() {
			ObjectNode meta = Json.object();
			meta.put("resourceVersion", this.resourceVersion);
			if (this.continueToken != null) {
				meta.put("continue", this.continueToken);
			}
			if (this.remainingItemCount != null) {
				meta.put("remainingItemCount", this.remainingItemCount);
			}
			return meta;
		}

	}

}
