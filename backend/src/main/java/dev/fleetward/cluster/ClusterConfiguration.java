package dev.fleetward.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.fleetward.cluster.internal.CredentialCipher;
import dev.fleetward.cluster.internal.EncryptionKeys;
import dev.fleetward.cluster.internal.SealedCredentials;
import dev.fleetward.collect.CollectorSettings;
import dev.fleetward.collect.PermissionProbe;

@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

	@Bean
	SealedCredentials sealedCredentials(CredentialCipher cipher) {
		return new SealedCredentials(cipher);
	}

	@Bean
	SecretSealer secretSealer(CredentialCipher cipher) {
		return new SecretSealer(cipher);
	}

	@Bean
	CredentialCipher credentialCipher(ClusterProperties properties) {
		EncryptionKeys keys;
		if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
			keys = EncryptionKeys.of(properties.encryptionKey(), properties.oldEncryptionKeys());
		}
		else {
			keys = EncryptionKeys.fromKeyFile(properties.keyFile(), properties.oldEncryptionKeys());
			log.info("Cluster credentials are encrypted with the key in {} (set FLEETWARD_ENCRYPTION_KEY to manage"
					+ " the key yourself)", properties.keyFile().toAbsolutePath().normalize());
		}
		return new CredentialCipher(keys);
	}

	@Bean
	PermissionProbe permissionProbe() {
		return new PermissionProbe(CollectorSettings.defaults());
	}

}
