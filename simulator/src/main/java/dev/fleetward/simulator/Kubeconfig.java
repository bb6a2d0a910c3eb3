package dev.fleetward.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The kubeconfig of a simulated cluster: server URL, CA data and bearer token, nothing to
 * execute.
 */
final class Kubeconfig {

	private Kubeconfig() {
	}

	static String render(String cluster, String url, String caPem, String token) {
		String ca = Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.UTF_8));
		String user = "fleetward-reader@" + cluster;
		return """
				apiVersion: v1
				kind: Config
				clusters:
				- name: %1$s
				  cluster:
				    server: %2$s
				    certificate-authority-data: %3$s
				users:
				- name: %4$s
				  user:
				    token: %5$s
				contexts:
				- name: %1$s
				  context:
				    cluster: %1$s
				    user: %4$s
				current-context: %1$s
				""".formatted(cluster, url, ca, user, token);
	}

}
