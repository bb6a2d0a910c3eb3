package dev.fleetward;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies and sends the CSRF header the way
 * the dashboard does.
 */
public final class WebClient {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String bearer) {
		return send(request(path).header("Authorization", "Bearer " + bearer).GET().build());
	}

	public HttpResponse<String> postJson(String path, String json, boolean withCsrf) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		return send(withCsrf(builder, withCsrf).build());
	}

	public HttpResponse<String> postJson(String path, String json, String bearer) {
		return send(request(path).header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> putJson(String path, String json, boolean withCsrf) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		return send(withCsrf(builder, withCsrf).build());
	}

	public HttpResponse<String> putJson(String path, String json, String bearer) {
		return send(request(path).header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> delete(String path, boolean withCsrf) {
		return send(withCsrf(request(path).DELETE(), withCsrf).build());
	}

	public HttpResponse<String> delete(String path, String bearer) {
		return send(request(path).header("Authorization", "Bearer " + bearer).DELETE().build());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(withCsrf(builder, withCsrf).build());
	}

	/** Fetches the CSRF cookie the way the dashboard does on load, then signs in. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/api/v1/me");
		return postForm("/auth/login", Map.of("username", username, "password", password), true);
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder builder, boolean withCsrf) {
		String token = cookie("XSRF-TOKEN");
		if (withCsrf && token != null) {
			builder.header("X-XSRF-TOKEN", token);
		}
		return builder;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
