package dev.fleetward.collect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.Response;

import dev.fleetward.collect.internal.ApiServerClient;
import dev.fleetward.collect.internal.KindEndpoint;
import dev.fleetward.collect.internal.ServerUnreachableException;
import dev.fleetward.snapshot.ResourceKind;

/**
 * A connection test: reads the server version, then asks the server itself, with one
 * SelfSubjectAccessReview per kind, whether these credentials may list it. Nothing is
 * listed, so the test is cheap and shows exactly which ClusterRole rules are missing.
 */
public final class PermissionProbe {

	private static final String REVIEW_PATH = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

	private final CollectorSettings settings;

	public PermissionProbe(CollectorSettings settings) {
		this.settings = settings;
	}

	public PermissionReport probe(ClusterAccess access) {
		ApiServerClient client;
		try {
			client = new ApiServerClient(access, this.settings);
		}
		catch (IllegalArgumentException ex) {
			return new PermissionReport(false, null, ex.getMessage(), List.of());
		}
		try {
			String version = version(client);
			List<PermissionReport.KindPermission> kinds = new ArrayList<>();
			for (ResourceKind kind : ResourceKind.values()) {
				kinds.add(review(client, kind));
			}
			return new PermissionReport(true, version, null, kinds);
		}
		catch (ServerUnreachableException ex) {
			return new PermissionReport(false, null, ex.getMessage(), List.of());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new PermissionReport(false, null, "connection test cancelled", List.of());
		}
	}

	private static String version(ApiServerClient client) throws ServerUnreachableException, InterruptedException {
		try (Response response = client.get("/version", Map.of(), "application/json")) {
			if (response.code() == 401) {
				throw new ServerUnreachableException("the API server rejected the credentials (HTTP 401)", null);
			}
			if (response.code() != 200) {
				return null;
			}
			JsonObject body = JsonParser.parseString(response.body().string()).getAsJsonObject();
			return body.has("gitVersion") ? body.get("gitVersion").getAsString() : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static PermissionReport.KindPermission review(ApiServerClient client, ResourceKind kind)
			throws ServerUnreachableException, InterruptedException {
		KindEndpoint endpoint = KindEndpoint.of(kind);
		JsonObject attributes = new JsonObject();
		attributes.addProperty("verb", "list");
		attributes.addProperty("group", kind.group());
		attributes.addProperty("resource", endpoint.resource());
		if (!endpoint.namespace().isEmpty()) {
			attributes.addProperty("namespace", endpoint.namespace());
		}
		JsonObject spec = new JsonObject();
		spec.add("resourceAttributes", attributes);
		JsonObject review = new JsonObject();
		review.addProperty("apiVersion", "authorization.k8s.io/v1");
		review.addProperty("kind", "SelfSubjectAccessReview");
		review.add("spec", spec);
		try (Response response = client.postJson(REVIEW_PATH, review.toString())) {
			if (response.code() != 201 && response.code() != 200) {
				return new PermissionReport.KindPermission(kind, endpoint.resource(), kind.group(), false,
						"the access review itself failed with HTTP " + response.code());
			}
			JsonObject status = JsonParser.parseString(response.body().string())
				.getAsJsonObject()
				.getAsJsonObject("status");
			boolean allowed = status != null && status.has("allowed") && status.get("allowed").getAsBoolean();
			String reason = (status != null && status.has("reason")) ? status.get("reason").getAsString() : "";
			return new PermissionReport.KindPermission(kind, endpoint.resource(), kind.group(), allowed, reason);
		}
		catch (IOException | RuntimeException ex) {
			return new PermissionReport.KindPermission(kind, endpoint.resource(), kind.group(), false,
					"could not read the access review: " + ex.getMessage());
		}
	}

}
