/**
 * Simulated Kubernetes clusters served over HTTPS, for tests, the demo fleet and
 * benchmarks.
 */
package dev.fleetward.simulator;
