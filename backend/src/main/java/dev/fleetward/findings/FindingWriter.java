package dev.fleetward.findings;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes findings one at a time in an export format; {@link #close()} ends the document.
 * One finding at a time is what keeps an export of a million findings out of memory.
 */
interface FindingWriter extends Closeable {

	void write(FindingView finding) throws IOException;

}
