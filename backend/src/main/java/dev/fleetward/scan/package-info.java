/**
 * Recurring scans: one db-scheduler task per cluster, a scan record with progress and
 * coverage, and the pipeline collect → check → findings in one transaction.
 */
package dev.fleetward.scan;
