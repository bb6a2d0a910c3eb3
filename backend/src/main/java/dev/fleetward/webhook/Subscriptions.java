package dev.fleetward.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.cluster.SecretSealer;
import org.springframework.stereotype.Repository;

/** Stores subscriptions. */
@Repository
class Subscriptions {

	private static final String COLUMNS = "id, url, events, secret, clusters, severities, areas, created_by, created_at";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SecretSealer sealer;

	Subscriptions(JdbcTemplate jdbc, Clock clock, SecretSealer sealer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sealer = sealer;
	}

	Subscription create(String url, List<String> events, String secret, List<String> clusters, List<String> severities,
			List<String> areas, String createdBy) {
		Subscription subscription = new Subscription(UUID.randomUUID(), url, List.copyOf(events), secret,
				List.copyOf(clusters), List.copyOf(severities), List.copyOf(areas), createdBy, this.clock.instant());
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"INSERT INTO webhook_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			statement.setObject(1, subscription.id());
			statement.setString(2, subscription.url());
			statement.setArray(3, connection.createArrayOf("text", subscription.events().toArray()));
			// Sealed like cluster credentials: the database never holds the signing
			// secret in clear.
			statement.setString(4, this.sealer.seal(subscription.secret(), subscription.id().toString()));
			statement.setArray(5, connection.createArrayOf("text", subscription.clusters().toArray()));
			statement.setArray(6, connection.createArrayOf("text", subscription.severities().toArray()));
			statement.setArray(7, connection.createArrayOf("text", subscription.areas().toArray()));
			statement.setString(8, subscription.createdBy());
			statement.setTimestamp(9, Timestamp.from(subscription.createdAt()));
			return statement;
		});
		return subscription;
	}

	List<Subscription> list() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id",
				Subscriptions::map);
	}

	Optional<Subscription> find(UUID id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", Subscriptions::map, id)
			.stream()
			.findFirst();
	}

	/** Pending deliveries go with it (cascade): nobody is left to receive them. */
	boolean delete(UUID id) {
		return this.jdbc.update("DELETE FROM webhook_subscription WHERE id = ?", id) > 0;
	}

	private static Subscription map(ResultSet row, int index) throws SQLException {
		return new Subscription(row.getObject("id", UUID.class), row.getString("url"), strings(row.getArray("events")),
				row.getString("secret"), strings(row.getArray("clusters")), strings(row.getArray("severities")),
				strings(row.getArray("areas")), row.getString("created_by"),
				row.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
