/**
 * Findings: reconciles each scan's results with the findings stored for its cluster
 * (open, resolve, reopen, retire; bulk SQL, one transaction), records every transition as
 * a {@link dev.fleetward.findings.FindingEventType event}, and applies governed
 * exemptions. Publishes {@link dev.fleetward.findings.FindingsReconciled} after each
 * reconcile, inside its transaction.
 */
package dev.fleetward.findings;
