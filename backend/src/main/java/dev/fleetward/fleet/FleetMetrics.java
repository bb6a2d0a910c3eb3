package dev.fleetward.fleet;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Open findings by cluster, area and severity on {@code /actuator/prometheus}, refreshed
 * every minute from the daily rollups (never from the live findings table per scrape).
 */
@Component
class FleetMetrics {

	private final JdbcTemplate jdbc;

	private final MultiGauge openFindings;

	FleetMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.openFindings = MultiGauge.builder("fleetward.findings.open")
			.description("Open findings after each cluster's latest scan")
			.register(registry);
	}

	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT1M")
	void refresh() {
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		this.jdbc.query("SELECT c.name, r.area, r.severity, r.open_count FROM cluster c CROSS JOIN LATERAL ("
				+ FleetQueries.LATEST_ROLLUPS + ") r", (rs) -> {
					rows.add(MultiGauge.Row.of(Tags.of("cluster", rs.getString(1), "area", rs.getString(2), "severity",
							rs.getString(3).toLowerCase(java.util.Locale.ROOT)), rs.getInt(4)));
				});
		this.openFindings.register(rows, true);
	}

}
