package dev.fleetward.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cluster registry settings, {@code fleetward.cluster.*}.
 *
 * @param encryptionKey base64 of 32 random bytes; when empty, {@code keyFile} is used
 * (and created on first run)
 * @param oldEncryptionKeys keys from before a rotation, still accepted for decryption
 * @param keyFile where the generated key lives when no key is configured
 * @param defaultScanInterval scan interval of a newly registered cluster
 * @param tokenExpiryWarning warn this long before a cluster's token expires
 */
@ConfigurationProperties("fleetward.cluster")
public record ClusterProperties(String encryptionKey, @DefaultValue List<String> oldEncryptionKeys,
		@DefaultValue("./data/encryption.key") Path keyFile, @DefaultValue("5m") Duration defaultScanInterval,
		@DefaultValue("14d") Duration tokenExpiryWarning) {
}
