package dev.fleetward.scan;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckEngine;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.findings.FindingsReconciler;
import dev.fleetward.scan.internal.ClusterScanner;
import dev.fleetward.scan.internal.ScanMetrics;
import dev.fleetward.scan.internal.ScanRuns;

@Configuration(proxyBeanMethods = false)
class ScanConfiguration {

	@Bean
	CheckEngine checkEngine() {
		return CheckEngine.withDefaults();
	}

	@Bean
	CheckCatalog checkCatalog(CheckEngine engine) {
		return engine.catalog();
	}

	@Bean
	ScanMetrics scanMetrics(MeterRegistry registry) {
		return new ScanMetrics(registry);
	}

	@Bean
	ClusterScanner clusterScanner(ClusterRegistry registry, ScanRuns runs, CheckEngine engine,
			FindingsReconciler findings, PlatformTransactionManager transactions, ScanProperties properties,
			ScanMetrics metrics, Clock clock, ApplicationEventPublisher events) {
		return new ClusterScanner(registry, runs, engine, findings, new TransactionTemplate(transactions), properties,
				metrics, clock, instanceName(), events);
	}

	@Bean
	@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
	CustomTask<String> clusterScanTask(ClusterScanner scanner, ClusterRegistry registry, Clock clock) {
		return ScanTask.create(scanner, registry, clock);
	}

	/**
	 * How far the oldest due scan is behind its time: the scheduler keeps up when near 0.
	 */
	@Bean
	Gauge scanLag(MeterRegistry registry, JdbcTemplate jdbc) {
		return Gauge.builder("fleetward.scan.lag.seconds", jdbc, ScanConfiguration::lagSeconds)
			.description("Seconds the most overdue scan is behind its scheduled time")
			.register(registry);
	}

	private static double lagSeconds(JdbcTemplate jdbc) {
		Double lag = jdbc.queryForObject(
				"SELECT COALESCE(EXTRACT(EPOCH FROM (now() - MIN(execution_time))), 0)"
						+ " FROM scheduled_tasks WHERE task_name = ? AND picked = FALSE AND execution_time < now()",
				Double.class, ScanScheduler.TASK);
		return (lag != null) ? Math.max(0, lag) : 0;
	}

	private static String instanceName() {
		try {
			return InetAddress.getLocalHost().getHostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
		}
		catch (UnknownHostException ex) {
			return "fleetward-" + UUID.randomUUID().toString().substring(0, 8);
		}
	}

}
