package dev.fleetward.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhooks ({@code fleetward.webhooks.*}).
 *
 * @param allowPrivateTargets whether URLs on loopback, link-local or cloud-metadata
 * addresses are accepted; off by default so a subscription cannot make Fleetward probe
 * its own host or the cloud's credential endpoint
 * @param senderEnabled whether this instance sends (tests that only use the API turn it
 * off so they do not race the delivery tests over the shared database)
 * @param sendInterval how often due deliveries are looked for
 * @param firstRetry the delay before the second attempt; it doubles after every failure
 * @param maxRetryDelay the longest delay between two attempts
 * @param retryFor how long after the event attempts continue before it is marked failed
 * @param connectTimeout connecting to the receiver
 * @param requestTimeout the whole request, so a slow receiver cannot hold a row lock long
 * @param keepFinishedFor how long delivered and given-up events stay in the outbox and
 * the delivery log
 */
@ConfigurationProperties("fleetward.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateTargets,
		@DefaultValue("true") boolean senderEnabled, @DefaultValue("5s") Duration sendInterval,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("24h") Duration retryFor, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("30d") Duration keepFinishedFor) {

	/** The delay after the given number of failed attempts (1 = after the first). */
	Duration retryDelay(int failedAttempts) {
		Duration delay = this.firstRetry;
		for (int i = 1; i < failedAttempts && delay.compareTo(this.maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
