package dev.fleetward.collect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeconfigReaderTest {

	private static final String CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

	private static String kubeconfig(String userBody) {
		return """
				apiVersion: v1
				kind: Config
				current-context: prod
				clusters:
				- name: prod-cluster
				  cluster:
				    server: https://10.0.0.1:6443
				    certificate-authority-data: %s
				users:
				- name: reader
				  user:
				%s
				contexts:
				- name: prod
				  context:
				    cluster: prod-cluster
				    user: reader
				""".formatted(Base64.getEncoder().encodeToString(CA.getBytes(StandardCharsets.UTF_8)),
				userBody.indent(4).stripTrailing());
	}

	@Test
	void readsServerCaAndTokenOfTheCurrentContext() {
		ClusterAccess access = ClusterAccess.fromKubeconfig(kubeconfig("token: abc.def.ghi"), null);
		assertThat(access.server()).isEqualTo("https://10.0.0.1:6443");
		assertThat(access.caCertificatePem()).isEqualTo(CA);
		assertThat(access.bearerToken()).isEqualTo("abc.def.ghi");
		assertThat(access.insecureSkipTlsVerify()).isFalse();
		assertThat(access.toString()).doesNotContain("abc.def.ghi");
	}

	@Test
	void refusesExecWithoutRunningAnything(@TempDir Path dir) {
		Path marker = dir.resolve("ran");
		String exec = """
				exec:
				  apiVersion: client.authentication.k8s.io/v1
				  command: /bin/sh
				  args: ["-c", "touch %s"]
				""".formatted(marker);
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(kubeconfig(exec), null))
			.isInstanceOfSatisfying(KubeconfigRejectedException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("users[0].user.exec"))
			.hasMessageContaining("never executes");
		assertThat(Files.exists(marker)).isFalse();
	}

	@Test
	void refusesFilePathsAndProviderPlugins() {
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(kubeconfig("tokenFile: /var/run/token"), null))
			.isInstanceOfSatisfying(KubeconfigRejectedException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("users[0].user.tokenFile"));
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(kubeconfig("auth-provider:\n  name: gcp"), null))
			.isInstanceOfSatisfying(KubeconfigRejectedException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("users[0].user.auth-provider"));
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(kubeconfig("client-certificate: /etc/cert.pem"), null))
			.isInstanceOfSatisfying(KubeconfigRejectedException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("users[0].user.client-certificate"));
		String caFile = kubeconfig("token: t").replaceFirst("certificate-authority-data: \\S+",
				"certificate-authority: /etc/ca.crt");
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(caFile, null)).isInstanceOfSatisfying(
				KubeconfigRejectedException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("clusters[0].cluster.certificate-authority"));
	}

	@Test
	void namesTheFieldForBrokenInput() {
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig("::: not yaml", null))
			.isInstanceOf(KubeconfigRejectedException.class);
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(kubeconfig("token: t"), "staging"))
			.isInstanceOfSatisfying(KubeconfigRejectedException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("contexts"))
			.hasMessageContaining("staging");
		String noServer = kubeconfig("token: t").replace("server: https://10.0.0.1:6443", "server: ''");
		assertThatThrownBy(() -> ClusterAccess.fromKubeconfig(noServer, null)).isInstanceOfSatisfying(
				KubeconfigRejectedException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("clusters[0].cluster.server"));
	}

	@Test
	void listsContexts() {
		assertThat(ClusterAccess.contexts(kubeconfig("token: t"))).containsExactly("prod");
	}

}
