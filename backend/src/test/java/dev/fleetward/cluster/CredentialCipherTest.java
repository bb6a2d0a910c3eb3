package dev.fleetward.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fleetward.cluster.internal.CredentialCipher;
import dev.fleetward.cluster.internal.CredentialCipher.Sealed;
import dev.fleetward.cluster.internal.EncryptionKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCipherTest {

	@Test
	void roundTripsAndNeverShowsThePlaintext() {
		CredentialCipher cipher = new CredentialCipher(EncryptionKeys.of(EncryptionKeys.newKeyBase64(), List.of()));
		Sealed sealed = cipher.encrypt("eyJhbGciOi.secret-token", "cluster-1");
		assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("secret-token");
		assertThat(cipher.decrypt(sealed, "cluster-1")).isEqualTo("eyJhbGciOi.secret-token");
		assertThat(cipher.encrypt("eyJhbGciOi.secret-token", "cluster-1").ciphertext()).as("a fresh nonce each time")
			.isNotEqualTo(sealed.ciphertext());
	}

	@Test
	void ciphertextIsBoundToItsRow() {
		CredentialCipher cipher = new CredentialCipher(EncryptionKeys.of(EncryptionKeys.newKeyBase64(), List.of()));
		Sealed sealed = cipher.encrypt("token", "cluster-1");
		assertThatThrownBy(() -> cipher.decrypt(sealed, "cluster-2")).hasMessageContaining("does not decrypt");
	}

	@Test
	void oldKeysStillDecryptAfterRotation() {
		String oldKey = EncryptionKeys.newKeyBase64();
		Sealed sealed = new CredentialCipher(EncryptionKeys.of(oldKey, List.of())).encrypt("token", "c");
		CredentialCipher rotated = new CredentialCipher(
				EncryptionKeys.of(EncryptionKeys.newKeyBase64(), List.of(oldKey)));
		assertThat(rotated.isStale(sealed)).isTrue();
		assertThat(rotated.decrypt(sealed, "c")).isEqualTo("token");
		assertThat(rotated.isStale(rotated.encrypt("token", "c"))).isFalse();
	}

	@Test
	void keyFileIsCreatedOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("keys/encryption.key");
		EncryptionKeys first = EncryptionKeys.fromKeyFile(file, List.of());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(EncryptionKeys.fromKeyFile(file, List.of()).currentId()).isEqualTo(first.currentId());
	}

	@Test
	void rejectsKeysOfTheWrongSize() {
		assertThatThrownBy(() -> EncryptionKeys.of("c2hvcnQ=", List.of())).hasMessageContaining("32 bytes");
	}

}
