package dev.fleetward.simulator.api;

import java.nio.charset.StandardCharsets;

import dev.fleetward.simulator.store.Json;
import io.fabric8.mockwebserver.http.MockResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Responses shaped like the API server's, errors as {@code Status} objects. */
final class Responses {

	private Responses() {
	}

	static MockResponse json(int code, byte[] body) {
		// Plain application/json: kubectl then falls back from aggregated to legacy
		// discovery.
		return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
	}

	static MockResponse json(int code, JsonNode body) {
		return json(code, Json.bytes(body));
	}

	static MockResponse text(int code, String body) {
		return new MockResponse().setResponseCode(code)
			.setHeader("Content-Type", "text/plain; charset=utf-8")
			.setBody(body.getBytes(StandardCharsets.UTF_8));
	}

	static MockResponse status(int code, String reason, String message) {
		return json(code, statusBody(code, reason, message));
	}

	static ObjectNode statusBody(int code, String reason, String message) {
		ObjectNode status = Json.object();
		status.put("kind", "Status");
		status.put("apiVersion", "v1");
		status.putObject("metadata");
		status.put("status", "Failure");
		status.put("message", message);
		status.put("reason", reason);
		status.put("code", code);
		return status;
	}

	static MockResponse unauthorized() {
		return status(401, "Unauthorized", "Unauthorized");
	}

	static MockResponse notFound() {
		return status(404, "NotFound", "the server could not find the requested resource");
	}

	static MockResponse expired() {
		return status(410, "Expired", "The provided continue parameter is too old to display a consistent list result. "
				+ "You can start a new list without the continue parameter.");
	}

	static MockResponse tooManyRequests(int retryAfterSeconds) {
		ObjectNode body = statusBody(429, "TooManyRequests", "Too many requests, please try again later.");
		body.putObject("details").put("retryAfterSeconds", retryAfterSeconds);
		return json(429, body).setHeader("Retry-After", Integer.toString(retryAfterSeconds));
	}

	static MockResponse internalError() {
		return status(500, "InternalError",
				"Internal error occurred: etcdserver: request timed out, possibly due to previous leader failure");
	}

}
