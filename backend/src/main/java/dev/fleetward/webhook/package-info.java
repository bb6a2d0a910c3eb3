/**
 * Webhooks: subscriptions, an outbox written inside the reconcile transaction (so an
 * event exists exactly when its transition does), and a sender that claims due rows with
 * {@code FOR UPDATE SKIP LOCKED}, signs them and retries with back-off.
 */
package dev.fleetward.webhook;
