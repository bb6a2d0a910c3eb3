package dev.fleetward.simulator.scenario;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a scenario's {@code cluster.yaml} says about the cluster itself rather than its
 * objects: its name, the {@code /version} it reports, the bearer token and identity of
 * the kubeconfig, and whether controllers are emulated.
 *
 * @param name cluster name, also the kubeconfig's context name
 * @param description one line for listings
 * @param token bearer token the API accepts
 * @param user the identity the token stands for, named in 403 messages
 * @param version the {@code /version} document
 * @param expandWorkloads whether Deployments, StatefulSets and DaemonSets without pods
 * get ReplicaSets, pods and claims as their controllers would create them
 */
public record ClusterConfig(String name, String description, String token, String user, ObjectNode version,
		boolean expandWorkloads) {

	private static final Pattern GIT_VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+).*");

	/** Defaults for a cluster that has no {@code cluster.yaml}. */
	public static ClusterConfig defaults(String name) {
		return from(name, Json.object());
	}

	/** Reads a parsed {@code cluster.yaml}; anything missing gets a sensible default. */
	public static ClusterConfig from(String defaultName, JsonNode yaml) {
		String name = text(yaml, "name", defaultName);
		String token = text(yaml, "token", "");
		if (token.isEmpty()) {
			token = randomToken();
		}
		return new ClusterConfig(name, text(yaml, "description", ""), token,
				text(yaml, "user", "system:serviceaccount:fleetward:fleetward-reader"), version(yaml.path("version")),
				yaml.path("expandWorkloads").asBoolean(true));
	}

	public ClusterConfig withName(String newName) {
		return new ClusterConfig(newName, this.description, this.token, this.user, this.version, this.expandWorkloads);
	}

	public String gitVersion() {
		return Json.text(this.version, "gitVersion");
	}

	private static ObjectNode version(JsonNode yaml) {
		String gitVersion = text(yaml, "gitVersion", "v1.33.4");
		Matcher m = GIT_VERSION.matcher(gitVersion);
		String major = m.matches() ? m.group(1) : "1";
		String minor = m.matches() ? m.group(2) : "33";
		ObjectNode version = Json.object();
		version.put("major", text(yaml, "major", major));
		version.put("minor", text(yaml, "minor", minor));
		version.put("emulationMajor", text(yaml, "emulationMajor", major));
		version.put("emulationMinor", text(yaml, "emulationMinor", minor));
		version.put("gitVersion", gitVersion);
		version.put("gitCommit", text(yaml, "gitCommit", "9894294ef13a5b32803e3ca2c0d620a088cc84d1"));
		version.put("gitTreeState", text(yaml, "gitTreeState", "clean"));
		version.put("buildDate", text(yaml, "buildDate", "2025-08-12T15:08:56Z"));
		version.put("goVersion", text(yaml, "goVersion", "go1.24.5"));
		version.put("compiler", text(yaml, "compiler", "gc"));
		version.put("platform", text(yaml, "platform", "linux/amd64"));
		return version;
	}

	private static String text(JsonNode node, String field, String fallback) {
		JsonNode value = node.path(field);
		return value.isValueNode() ? value.asString() : fallback;
	}

	private static String randomToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
