package dev.fleetward.findings;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the findings module ({@code fleetward.findings.*}).
 *
 * @param eventRetention how long finding events are kept; older monthly partitions are
 * dropped whole (default 13 months, so a year-on-year comparison still has its data)
 * @param exemptionSweep how often expired exemptions are looked for, so their findings
 * reopen without waiting for the next scan
 */
@ConfigurationProperties("fleetward.findings")
public record FindingsProperties(@DefaultValue("13m") Period eventRetention,
		@DefaultValue("1m") Duration exemptionSweep) {

	public FindingsProperties {
		if (eventRetention.isNegative() || eventRetention.toTotalMonths() < 1) {
			throw new IllegalArgumentException("fleetward.findings.event-retention must be at least one month");
		}
	}

}
