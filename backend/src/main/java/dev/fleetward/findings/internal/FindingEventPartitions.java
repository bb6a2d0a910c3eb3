package dev.fleetward.findings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fleetward.findings.FindingsProperties;

/**
 * Keeps one partition of {@code finding_event} per UTC month: creates the current and
 * next month at start-up and before events are written, and drops whole months older than
 * the retention, which is how old events are deleted (no row-by-row DELETE, no bloat).
 * <p>
 * Partitions are created outside the writing transaction: DDL in a transaction that later
 * rolls back would vanish while this class believes it exists.
 */
@Component
public class FindingEventPartitions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FindingEventPartitions.class);

	private static final String PREFIX = "finding_event_p";

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final FindingsProperties properties;

	private final TransactionTemplate ownTransaction;

	private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

	FindingEventPartitions(JdbcTemplate jdbc, Clock clock, FindingsProperties properties,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure(this.clock.instant());
		dropExpired();
	}

	/**
	 * Makes sure events at this instant (and in the month after) have a partition. Call
	 * it before the writing transaction touches {@code finding}: creating a partition
	 * locks that table too.
	 */
	public void ensure(Instant at) {
		YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
		for (YearMonth wanted : List.of(month, month.plusMonths(1))) {
			if (!this.known.contains(wanted)) {
				create(wanted);
				this.known.add(wanted);
			}
		}
	}

	/** Drops the months whose every event is older than the retention. */
	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
	public List<String> dropExpired() {
		LocalDate cutoff = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.minus(this.properties.eventRetention());
		List<String> dropped = new ArrayList<>();
		for (String partition : partitions()) {
			YearMonth month = monthOf(partition);
			if (month != null && !month.plusMonths(1).atDay(1).isAfter(cutoff)) {
				this.jdbc.execute("DROP TABLE IF EXISTS " + partition);
				this.known.remove(month);
				dropped.add(partition);
				log.info("Dropped finding events of {} (older than the retention of {})", month,
						this.properties.eventRetention());
			}
		}
		return dropped;
	}

	/** The names of the existing partitions. */
	public List<String> partitions() {
		return this.jdbc.queryForList("""
				SELECT c.relname FROM pg_inherits i
				JOIN pg_class c ON c.oid = i.inhrelid
				JOIN pg_class p ON p.oid = i.inhparent
				WHERE p.relname = 'finding_event' AND p.relnamespace = to_regnamespace(current_schema())::oid
				ORDER BY c.relname""", String.class);
	}

	public static String partitionName(YearMonth month) {
		return PREFIX + month.format(SUFFIX);
	}

	private void create(YearMonth month) {
		String sql = "CREATE TABLE IF NOT EXISTS " + partitionName(month)
				+ " PARTITION OF finding_event FOR VALUES FROM ('" + month.atDay(1) + "T00:00:00Z') TO ('"
				+ month.plusMonths(1).atDay(1) + "T00:00:00Z')";
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.execute(sql));
		}
		catch (DataAccessException ex) {
			// Another instance may have created it at the same moment; then it exists
			// now.
			if (!partitions().contains(partitionName(month))) {
				throw ex;
			}
		}
	}

	private static YearMonth monthOf(String partition) {
		if (!partition.startsWith(PREFIX)) {
			return null;
		}
		try {
			return YearMonth.parse(partition.substring(PREFIX.length()), SUFFIX);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
