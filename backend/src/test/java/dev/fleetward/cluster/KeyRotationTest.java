package dev.fleetward.cluster;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.WebClient;
import dev.fleetward.cluster.internal.CredentialCipher;
import dev.fleetward.cluster.internal.CredentialCipher.Sealed;
import dev.fleetward.cluster.internal.EncryptionKeys;
import dev.fleetward.cluster.internal.SealedCredentials;
import dev.fleetward.collect.ClusterAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating the encryption key: credentials sealed with the old key still open, and the
 * re-encrypt call moves every row to the new key so the old one can be dropped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "fleetward.cluster.encryption-key=" + KeyRotationTest.NEW_KEY,
				"fleetward.cluster.old-encryption-keys=" + KeyRotationTest.OLD_KEY })
class KeyRotationTest {

	static final String OLD_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	static final String NEW_KEY = "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=";

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void credentialsSealedWithTheOldKeyOpenAndAreMovedToTheNewOne() {
		UUID id = UUID.randomUUID();
		ClusterAccess access = ClusterAccess.ofToken("https://10.0.0.9:6443", null, "token-under-the-old-key");
		Sealed old = new SealedCredentials(new CredentialCipher(EncryptionKeys.of(OLD_KEY, List.of()))).seal(access,
				id.toString());
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO cluster (id, name, environment, labels, server_url, credential_key_id,"
				+ " credential_ciphertext, health, created_at, updated_at) VALUES (?, ?, 'prod', '{}', ?, ?, ?, 'NEW', ?, ?)",
				id, "rotated-" + id.toString().substring(0, 6), access.server(), old.keyId(), old.ciphertext(), now,
				now);
		assertThat(this.registry.access(id).bearerToken()).isEqualTo("token-under-the-old-key");

		WebClient admin = new WebClient(this.port);
		admin.signIn("admin", "admin-password-for-tests");
		HttpResponse<String> first = admin.postJson("/api/v1/clusters/credentials/re-encrypt", "{}", true);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"reencrypted\":1");
		String keyId = this.jdbc.queryForObject("SELECT credential_key_id FROM cluster WHERE id = ?", String.class, id);
		assertThat(keyId).isNotEqualTo(old.keyId()).isEqualTo(EncryptionKeys.of(NEW_KEY, List.of()).currentId());
		assertThat(this.registry.access(id).bearerToken()).isEqualTo("token-under-the-old-key");
		assertThat(admin.postJson("/api/v1/clusters/credentials/re-encrypt", "{}", true).body())
			.contains("\"reencrypted\":0");
		this.registry.delete(id);
	}

}
