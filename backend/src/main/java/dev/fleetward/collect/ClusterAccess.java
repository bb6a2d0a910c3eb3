package dev.fleetward.collect;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How to reach one cluster's API server: URL, the CA that signs its certificate, and a
 * credential (a bearer token or a client certificate). Everything is inline data:
 * Fleetward never reads a file or runs a program named by a kubeconfig.
 *
 * @param server the API server URL ({@code https://...})
 * @param caCertificatePem the PEM of the CA to trust; {@code null} to use the JVM's trust
 * store
 * @param bearerToken a bearer token, or {@code null}
 * @param clientCertificatePem a client certificate PEM, or {@code null}
 * @param clientKeyPem the client certificate's key PEM, or {@code null}
 * @param insecureSkipTlsVerify skip TLS verification (only when an admin allowed it)
 */
public record ClusterAccess(String server, String caCertificatePem, String bearerToken, String clientCertificatePem,
		String clientKeyPem, boolean insecureSkipTlsVerify) {

	public ClusterAccess {
		Objects.requireNonNull(server, "server");
	}

	public static ClusterAccess ofToken(String server, String caCertificatePem, String bearerToken) {
		return new ClusterAccess(server, caCertificatePem, bearerToken, null, null, false);
	}

	/**
	 * Reads one context of a kubeconfig, refusing everything that would make Fleetward
	 * run a program or read a file.
	 * @param kubeconfigYaml the kubeconfig's text
	 * @param context the context to use; {@code null} for {@code current-context}
	 * @throws KubeconfigRejectedException naming the field at fault
	 */
	public static ClusterAccess fromKubeconfig(String kubeconfigYaml, String context) {
		return new KubeconfigReader(kubeconfigYaml).access(context);
	}

	/** The context names a kubeconfig offers, for the user to choose from. */
	public static List<String> contexts(String kubeconfigYaml) {
		return new KubeconfigReader(kubeconfigYaml).contextNames();
	}

	/** The host, for messages and logs: never the credential. */
	public String host() {
		try {
			URI uri = URI.create(this.server);
			return (uri.getHost() != null) ? uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "")
					: this.server;
		}
		catch (IllegalArgumentException ex) {
			return this.server;
		}
	}

	@Override
	public String toString() {
		// Never print credentials, even by accident in a log line.
		return "ClusterAccess[server=" + this.server + ", credential="
				+ ((this.bearerToken != null) ? "token"
						: (this.clientCertificatePem != null) ? "client certificate" : "none")
				+ ", insecureSkipTlsVerify=" + this.insecureSkipTlsVerify + "]";
	}

}
