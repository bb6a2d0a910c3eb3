package dev.fleetward.collect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a kubeconfig as plain data. It deliberately does not use client-java's
 * {@code KubeConfig}, which would run {@code exec} plugins and read files: a pasted
 * kubeconfig is untrusted input to a server.
 */
final class KubeconfigReader {

	/**
	 * Fields that make a client run a program or read a file, and why each is refused.
	 */
	private static final Map<String, String> REFUSED_USER_FIELDS = Map.of("exec",
			"runs a program; Fleetward never executes anything from a kubeconfig. Use a service-account token",
			"auth-provider", "runs a provider plugin; use a service-account token instead", "tokenFile",
			"is a file path; paste the token itself as 'token'", "client-certificate",
			"is a file path; use 'client-certificate-data'", "client-key", "is a file path; use 'client-key-data'",
			"username", "(basic auth) is not supported; use a token", "password",
			"(basic auth) is not supported; use a token", "as", "(impersonation) is not supported");

	private final Map<String, Object> root;

	KubeconfigReader(String yaml) {
		if (yaml == null || yaml.isBlank()) {
			throw new KubeconfigRejectedException("kubeconfig", "is empty");
		}
		Object parsed;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setCodePointLimit(1024 * 1024);
			parsed = new Yaml(new SafeConstructor(options)).load(yaml);
		}
		catch (YAMLException ex) {
			throw new KubeconfigRejectedException("kubeconfig", "is not valid YAML: " + firstLine(ex.getMessage()));
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new KubeconfigRejectedException("kubeconfig", "is not a kubeconfig (expected a YAML mapping)");
		}
		this.root = cast(map);
	}

	List<String> contextNames() {
		List<String> names = new ArrayList<>();
		for (Map<String, Object> context : namedList("contexts")) {
			names.add(String.valueOf(context.get("name")));
		}
		return names;
	}

	ClusterAccess access(String requestedContext) {
		String contextName = (requestedContext != null && !requestedContext.isBlank()) ? requestedContext
				: stringOrNull(this.root.get("current-context"));
		if (contextName == null) {
			throw new KubeconfigRejectedException("current-context", "is not set; choose a context");
		}
		Indexed context = find("contexts", contextName);
		Map<String, Object> contextBody = body(context, "context");
		String clusterName = stringOrNull(contextBody.get("cluster"));
		String userName = stringOrNull(contextBody.get("user"));
		if (clusterName == null) {
			throw new KubeconfigRejectedException(context.path() + ".context.cluster", "is missing");
		}
		Indexed cluster = find("clusters", clusterName);
		Indexed user = (userName != null) ? find("users", userName) : null;
		return new ClusterAccess(server(cluster), caData(cluster), (user != null) ? token(user) : null,
				(user != null) ? pemData(user, "client-certificate-data") : null,
				(user != null) ? pemData(user, "client-key-data") : null, insecure(cluster));
	}

	private String server(Indexed cluster) {
		Map<String, Object> body = body(cluster, "cluster");
		String server = stringOrNull(body.get("server"));
		String field = cluster.path() + ".cluster.server";
		if (server == null || server.isBlank()) {
			throw new KubeconfigRejectedException(field, "is missing");
		}
		if (!server.startsWith("https://") && !server.startsWith("http://")) {
			throw new KubeconfigRejectedException(field, "must be an http(s) URL");
		}
		if (body.containsKey("proxy-url")) {
			throw new KubeconfigRejectedException(cluster.path() + ".cluster.proxy-url", "is not supported");
		}
		return server;
	}

	private String caData(Indexed cluster) {
		Map<String, Object> body = body(cluster, "cluster");
		if (body.containsKey("certificate-authority")) {
			throw new KubeconfigRejectedException(cluster.path() + ".cluster.certificate-authority",
					"is a file path; use 'certificate-authority-data'");
		}
		return decodePem(body.get("certificate-authority-data"),
				cluster.path() + ".cluster.certificate-authority-data");
	}

	private boolean insecure(Indexed cluster) {
		return Boolean.TRUE.equals(body(cluster, "cluster").get("insecure-skip-tls-verify"));
	}

	private String token(Indexed user) {
		Map<String, Object> body = userBody(user);
		Object token = body.get("token");
		return (token != null) ? String.valueOf(token).strip() : null;
	}

	private String pemData(Indexed user, String key) {
		return decodePem(userBody(user).get(key), user.path() + ".user." + key);
	}

	private Map<String, Object> userBody(Indexed user) {
		Map<String, Object> body = body(user, "user");
		for (Map.Entry<String, String> refused : REFUSED_USER_FIELDS.entrySet()) {
			if (body.containsKey(refused.getKey())) {
				throw new KubeconfigRejectedException(user.path() + ".user." + refused.getKey(), refused.getValue());
			}
		}
		return body;
	}

	private Indexed find(String listName, String name) {
		List<Map<String, Object>> entries = namedList(listName);
		for (int i = 0; i < entries.size(); i++) {
			if (name.equals(String.valueOf(entries.get(i).get("name")))) {
				return new Indexed(listName + "[" + i + "]", entries.get(i));
			}
		}
		throw new KubeconfigRejectedException(listName, "has no entry named '" + name + "'");
	}

	private List<Map<String, Object>> namedList(String listName) {
		Object list = this.root.get(listName);
		if (list == null) {
			return List.of();
		}
		if (!(list instanceof List<?> items)) {
			throw new KubeconfigRejectedException(listName, "must be a list");
		}
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> entry)) {
				throw new KubeconfigRejectedException(listName + "[" + i + "]", "must be a mapping");
			}
			entries.add(cast(entry));
		}
		return entries;
	}

	private static Map<String, Object> body(Indexed entry, String key) {
		Object body = entry.value().get(key);
		if (!(body instanceof Map<?, ?> map)) {
			throw new KubeconfigRejectedException(entry.path() + "." + key, "is missing");
		}
		return cast(map);
	}

	private static String decodePem(Object base64, String field) {
		if (base64 == null) {
			return null;
		}
		try {
			String pem = new String(Base64.getMimeDecoder().decode(String.valueOf(base64)), StandardCharsets.UTF_8);
			if (!pem.contains("-----BEGIN ")) {
				throw new KubeconfigRejectedException(field, "is not base64 of a PEM block");
			}
			return pem;
		}
		catch (IllegalArgumentException ex) {
			throw new KubeconfigRejectedException(field, "is not valid base64");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private static String stringOrNull(Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	private record Indexed(String path, Map<String, Object> value) {
	}

}
