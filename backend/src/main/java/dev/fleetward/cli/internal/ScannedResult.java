package dev.fleetward.cli.internal;

import dev.fleetward.checks.CheckResult;

/**
 * A check result and the manifest file its object came from.
 *
 * @param result the verdict
 * @param source the file (as given on the command line), or null for results that span
 * several files
 */
public record ScannedResult(CheckResult result, String source) {

}
