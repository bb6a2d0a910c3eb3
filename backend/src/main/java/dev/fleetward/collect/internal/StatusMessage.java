package dev.fleetward.collect.internal;

import java.io.IOException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.Response;

/**
 * The {@code message} of a Kubernetes {@code Status} error body, for the reason a kind
 * was not read. Bodies that are not a Status give the HTTP code only.
 */
final class StatusMessage {

	private static final int MAX_LENGTH = 300;

	private StatusMessage() {
	}

	static String of(Response response) {
		String prefix = "HTTP " + response.code();
		try {
			String body = (response.body() != null) ? response.body().string() : "";
			JsonElement parsed = JsonParser.parseString(body);
			if (parsed.isJsonObject()) {
				JsonObject status = parsed.getAsJsonObject();
				if (status.has("message") && status.get("message").isJsonPrimitive()) {
					String message = status.get("message").getAsString();
					return prefix + ": "
							+ ((message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH) : message);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not a Status body; the code alone says enough.
		}
		return prefix;
	}

}
