package dev.fleetward.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the webhook tests' receivers share: waiting for deliveries and checking
 * signatures.
 */
final class Receivers {

	private Receivers() {
	}

	/** Polls the condition every 50 ms until it holds, failing after the timeout. */
	static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/**
	 * The {@code Fleetward-Signature} a receiver expects, computed here rather than with
	 * the app's code, as a receiver would.
	 */
	static String signature(String secret, String timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256="
				+ HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}

}
