package dev.fleetward.findings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.fleetward.security.Visibility;
import dev.fleetward.web.NotFoundException;

/**
 * What people and ticketing systems do with a finding once it is open: link or unlink a
 * ticket, acknowledge it. Each change moves {@code updated_at}, so an integration that
 * syncs with {@code updatedSince} sees it. A finding the caller may not see is not found.
 */
@Service
class FindingTriage {

	private final JdbcTemplate jdbc;

	private final FindingQueries queries;

	private final Clock clock;

	FindingTriage(JdbcTemplate jdbc, FindingQueries queries, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.clock = clock;
	}

	@Transactional
	FindingView linkTicket(long id, FindingView.Ticket ticket, Visibility visibility) {
		view(id, visibility);
		update(id,
				"UPDATE finding SET ticket_system = ?, ticket_key = ?, ticket_url = ?, ticket_status = ?,"
						+ " updated_at = ? WHERE id = ?",
				ticket.system(), ticket.key(), ticket.url(), ticket.status(), now(), id);
		return view(id, visibility);
	}

	@Transactional
	void unlinkTicket(long id, Visibility visibility) {
		view(id, visibility);
		update(id, "UPDATE finding SET ticket_system = NULL, ticket_key = NULL, ticket_url = NULL,"
				+ " ticket_status = NULL, updated_at = ? WHERE id = ?", now(), id);
	}

	@Transactional
	FindingView acknowledge(long id, String by, Visibility visibility) {
		view(id, visibility);
		Timestamp now = now();
		update(id, "UPDATE finding SET acknowledged_by = ?, acknowledged_at = ?, updated_at = ? WHERE id = ?", by, now,
				now, id);
		return view(id, visibility);
	}

	private void update(long id, String sql, Object... args) {
		if (this.jdbc.update(sql, args) == 0) {
			throw new NotFoundException("No finding " + id);
		}
	}

	private FindingView view(long id, Visibility visibility) {
		return this.queries.detail(id, visibility)
			.map(FindingDetail::finding)
			.orElseThrow(() -> new NotFoundException("No finding " + id));
	}

	/**
	 * PostgreSQL keeps microseconds; truncating here means the value a client reads back
	 * is exactly the one stored, so {@code updatedSince} cursors line up.
	 */
	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
