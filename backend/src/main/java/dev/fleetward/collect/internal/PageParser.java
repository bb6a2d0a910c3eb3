package dev.fleetward.collect.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;

import dev.fleetward.snapshot.GenericObject;
import dev.fleetward.snapshot.LenientJson;
import dev.fleetward.snapshot.ResourceKind;

/**
 * Turns a list page into objects with the lenient Gson (fields a newer server adds are
 * ignored), dropping {@code managedFields}, which no check reads and which is often the
 * largest part of an object.
 */
final class PageParser {

	private static final TypeToken<Map<String, Object>> MAP = new TypeToken<>() {
	};

	private final Gson gson;

	PageParser() {
		this(LenientJson.gson());
	}

	PageParser(Gson gson) {
		this.gson = gson;
	}

	ListPage parse(Reader body, KindEndpoint endpoint) {
		if (endpoint.listClass() == null) {
			return parseGeneric(JsonParser.parseReader(body).getAsJsonObject(), endpoint.kind());
		}
		KubernetesListObject list = (KubernetesListObject) this.gson.fromJson(body, endpoint.listClass());
		List<Object> items = new ArrayList<>(list.getItems().size());
		for (KubernetesObject item : list.getItems()) {
			if (item.getMetadata() != null) {
				item.getMetadata().setManagedFields(null);
			}
			items.add(item);
		}
		String next = (list.getMetadata() != null) ? list.getMetadata().getContinue() : null;
		return new ListPage(items, blankToNull(next));
	}

	private ListPage parseGeneric(JsonObject list, ResourceKind kind) {
		List<Object> items = new ArrayList<>();
		JsonArray array = list.has("items") && list.get("items").isJsonArray() ? list.getAsJsonArray("items")
				: new JsonArray();
		for (JsonElement element : array) {
			JsonObject item = element.getAsJsonObject();
			JsonObject metadata = item.has("metadata") ? item.getAsJsonObject("metadata") : new JsonObject();
			metadata.remove("managedFields");
			String apiVersion = string(item, "apiVersion");
			items.add(new GenericObject((apiVersion != null) ? apiVersion : kind.group(),
					(string(item, "kind") != null) ? string(item, "kind") : kind.kind(), string(metadata, "namespace"),
					string(metadata, "name"), this.gson.fromJson(item, MAP.getType())));
		}
		JsonObject meta = list.has("metadata") ? list.getAsJsonObject("metadata") : new JsonObject();
		return new ListPage(items, blankToNull(string(meta, "continue")));
	}

	private static String string(JsonObject object, String key) {
		JsonElement value = object.get(key);
		return (value != null && value.isJsonPrimitive()) ? value.getAsString() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
