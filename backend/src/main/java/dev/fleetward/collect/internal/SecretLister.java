package dev.fleetward.collect.internal;

import java.io.IOException;
import java.io.Reader;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import okhttp3.Response;

import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.LenientJson;

/**
 * Secret metadata for the checks that need it (legacy service-account token Secrets, old
 * Opaque Secrets), never their values. Each type is asked for separately with a field
 * selector and as metadata only ({@code PartialObjectMetadataList}). A server that
 * answers with whole Secrets anyway has {@code data} and {@code stringData} skipped while
 * parsing, so no value ever becomes a Java object, let alone reaches a log or the
 * database.
 */
public final class SecretLister {

	/** The Secret types the catalog reads. */
	public static final List<String> TYPES = List.of("kubernetes.io/service-account-token", "Opaque");

	private static final String METADATA_ONLY = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,"
			+ "application/json";

	private static final Gson GSON = LenientJson.gson();

	private final ApiServerClient client;

	private final int pageSize;

	public SecretLister(ApiServerClient client, int pageSize) {
		this.client = client;
		this.pageSize = pageSize;
	}

	public KindListing list() throws ServerUnreachableException, InterruptedException {
		List<Object> secrets = new ArrayList<>();
		for (String type : TYPES) {
			KindListing listing = listType(type);
			if (!listing.status().isComplete()) {
				return listing;
			}
			secrets.addAll(listing.items());
		}
		return new KindListing(secrets, KindStatus.COMPLETE);
	}

	private KindListing listType(String type) throws ServerUnreachableException, InterruptedException {
		List<Object> secrets = new ArrayList<>();
		String continueToken = null;
		boolean restarted = false;
		while (true) {
			Map<String, String> query = new LinkedHashMap<>();
			query.put("fieldSelector", "type=" + type);
			query.put("limit", Integer.toString(this.pageSize));
			if (continueToken != null) {
				query.put("continue", continueToken);
			}
			try (Response response = this.client.get("/api/v1/secrets", query, METADATA_ONLY)) {
				if (response.code() == 410 && !restarted) {
					restarted = true;
					secrets.clear();
					continueToken = null;
					continue;
				}
				if (response.code() != 200) {
					return KindListing.of(KindLister.failure(response, restarted));
				}
				JsonObject page;
				try (Reader body = response.body().charStream()) {
					page = JsonParser.parseReader(body).getAsJsonObject();
				}
				addItems(page, type, secrets);
				JsonObject meta = page.has("metadata") ? page.getAsJsonObject("metadata") : new JsonObject();
				continueToken = (meta.has("continue") && !meta.get("continue").getAsString().isEmpty())
						? meta.get("continue").getAsString() : null;
				if (continueToken == null) {
					return new KindListing(secrets, KindStatus.COMPLETE);
				}
			}
			catch (SocketTimeoutException ex) {
				throw new ServerUnreachableException("the API server stopped answering while sending a list", ex);
			}
			catch (IOException | RuntimeException ex) {
				return KindListing.of(KindStatus.failed("could not read the list of Secrets: " + ex.getMessage()));
			}
		}
	}

	/**
	 * A full SecretList (a server that ignored the metadata-only request, or the field
	 * selector) carries each Secret's real type; a metadata list carries the selector's.
	 */
	private static void addItems(JsonObject page, String type, List<Object> into) {
		boolean metadataOnly = "PartialObjectMetadataList".equals(stringOrNull(page.get("kind")));
		if (!page.has("items") || !page.get("items").isJsonArray()) {
			return;
		}
		for (JsonElement element : page.getAsJsonArray("items")) {
			JsonObject item = element.getAsJsonObject();
			// Drop the values before anything else looks at the item.
			item.remove("data");
			item.remove("stringData");
			V1Secret secret = metadataOnly
					? new V1Secret().metadata(GSON.fromJson(item.get("metadata"), V1ObjectMeta.class)).type(type)
					: GSON.fromJson(item, V1Secret.class);
			if (!type.equals(secret.getType())) {
				continue;
			}
			if (secret.getMetadata() != null) {
				secret.getMetadata().setManagedFields(null);
			}
			into.add(secret);
		}
	}

	private static String stringOrNull(JsonElement element) {
		return (element != null && element.isJsonPrimitive()) ? element.getAsString() : null;
	}

}
