package dev.fleetward.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import dev.fleetward.checks.CheckResult;

/**
 * The identity of a finding across scans: cluster, check, object (kind, namespace, name)
 * and detail, as the SHA-256 hex of those parts. The parts are joined with NUL, which no
 * Kubernetes name or check id can contain, so two different findings never share a
 * fingerprint.
 */
public final class Fingerprint {

	/** getInstance looks the provider up each time; a scan hashes tens of thousands. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Fingerprint::sha256);

	private Fingerprint() {
	}

	public static String of(UUID clusterId, CheckResult result) {
		return of(clusterId, result.checkId(), result.object().kind(), result.object().namespace(),
				result.object().name(), result.detail());
	}

	public static String of(UUID clusterId, String checkId, String kind, String namespace, String name, String detail) {
		String canonical = String.join("\0", clusterId.toString(), checkId, kind, namespace, name, detail);
		return HexFormat.of().formatHex(SHA256.get().digest(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
