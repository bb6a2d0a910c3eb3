package dev.fleetward.simulator.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request path split the way the API server routes it: {@code /api/v1/...} or
 * {@code /apis/group/version/...}, optionally {@code namespaces/ns/}, then resource, name
 * and subresource.
 */
record ApiRequest(String path, Map<String, String> query, String apiVersion, String namespace, String resource,
		String name, String subresource) {

	static ApiRequest parse(String uri) {
		int q = uri.indexOf('?');
		String path = (q < 0) ? uri : uri.substring(0, q);
		Map<String, String> query = (q < 0) ? Map.of() : query(uri.substring(q + 1));
		List<String> segments = Arrays.stream(path.split("/")).filter((s) -> !s.isEmpty()).toList();
		int rest;
		String apiVersion;
		if (segments.size() >= 2 && segments.get(0).equals("api")) {
			apiVersion = segments.get(1);
			rest = 2;
		}
		else if (segments.size() >= 3 && segments.get(0).equals("apis")) {
			apiVersion = segments.get(1) + "/" + segments.get(2);
			rest = 3;
		}
		else {
			return new ApiRequest(path, query, null, null, null, null, null);
		}
		List<String> tail = segments.subList(rest, segments.size());
		if (tail.isEmpty()) {
			return new ApiRequest(path, query, apiVersion, null, null, null, null);
		}
		if (tail.get(0).equals("namespaces") && tail.size() >= 3) {
			return new ApiRequest(path, query, apiVersion, tail.get(1), tail.get(2), at(tail, 3), at(tail, 4));
		}
		return new ApiRequest(path, query, apiVersion, null, tail.get(0), at(tail, 1), at(tail, 2));
	}

	boolean isResource() {
		return this.resource != null;
	}

	String param(String name) {
		return this.query.getOrDefault(name, "");
	}

	private static String at(List<String> list, int index) {
		return (index < list.size()) ? list.get(index) : null;
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> result = new HashMap<>();
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			result.put(decode(key), decode(value));
		}
		return result;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
