package org.caregate.webhooks.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.platform.events.Inbox;
import org.caregate.webhooks.domain.Attempt;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;

/**
 * Deliveries in {@code webhooks.delivery}, attempts in {@code webhooks.delivery_attempt}, consumed events in
 * {@code webhooks.inbox}. Claiming is one statement: due rows of enabled subscriptions, locked with
 * {@code FOR UPDATE SKIP LOCKED} so that dispatchers on several servers never take the same row, leased by setting
 * {@code leased_until}.
 */
@ApplicationScoped
public class JdbcDeliveryRepository implements DeliveryRepository {

    private static final String COLUMNS = "id, subscription_id, event_id, event_type, payload, status, attempts,"
            + " created_at, next_attempt_at, last_attempt_at, last_status_code, last_error";
    private static final int LONGEST_ERROR = 1000;

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Override
    public boolean consumeOnce(UUID eventId) {
        return new Inbox(dataSource, "webhooks.inbox").consumeOnce(eventId);
    }

    @Override
    public void add(Delivery d) {
        execute("INSERT INTO webhooks.delivery (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (subscription_id, event_id) DO NOTHING",
                d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.payload(), d.status().code(), d.attempts(),
                d.createdAt(), d.nextAttemptAt(), d.lastAttemptAt(), d.lastStatusCode(), d.lastError());
    }

    @Override
    public List<Delivery> claimDue(int limit, Duration lease) {
        return query("""
                UPDATE webhooks.delivery SET leased_until = now() + make_interval(secs => ?)
                WHERE id IN (SELECT d.id FROM webhooks.delivery d JOIN webhooks.subscription s ON s.id = d.subscription_id
                             WHERE d.status = 'pending' AND s.enabled AND d.next_attempt_at <= now()
                               AND (d.leased_until IS NULL OR d.leased_until < now())
                             ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
                RETURNING\s""" + COLUMNS, (double) lease.toMillis() / 1000, limit);
    }

    @Override
    public void release(UUID deliveryId) {
        execute("UPDATE webhooks.delivery SET leased_until = NULL WHERE id = ? AND status = 'pending'", deliveryId);
    }

    @Override
    public void recordAttempt(Attempt attempt, Delivery.Status status, Instant nextAttemptAt) {
        String error = attempt.error() == null ? null
                : attempt.error().substring(0, Math.min(attempt.error().length(), LONGEST_ERROR));
        // one statement, so one round trip and one commit: the attempt logged and the delivery moved on together
        execute("""
                WITH attempt AS (INSERT INTO webhooks.delivery_attempt (delivery_id, attempted_at, status_code,
                                 latency_ms, error, response) VALUES (?, ?, ?, ?, ?, ?))
                UPDATE webhooks.delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?,
                       leased_until = NULL, last_attempt_at = ?, last_status_code = ?, last_error = ?
                WHERE id = ?""", attempt.deliveryId(), attempt.attemptedAt(), attempt.statusCode(),
                (int) Math.min(Integer.MAX_VALUE, attempt.latencyMillis()), error, attempt.response(), status.code(),
                nextAttemptAt, attempt.attemptedAt(), attempt.statusCode(), error, attempt.deliveryId());
    }

    @Override
    public void failPending(UUID subscriptionId, String reason) {
        execute("UPDATE webhooks.delivery SET status = 'failed', next_attempt_at = NULL, leased_until = NULL,"
                + " last_error = ? WHERE subscription_id = ? AND status = 'pending'", reason, subscriptionId);
    }

    @Override
    public Optional<Delivery> find(UUID subscriptionId, UUID deliveryId) {
        return query("SELECT " + COLUMNS + " FROM webhooks.delivery WHERE subscription_id = ? AND id = ?",
                subscriptionId, deliveryId).stream().findFirst();
    }

    @Override
    public List<Delivery> list(UUID subscriptionId, Delivery.Status status, int offset, int limit) {
        return status == null
                ? query("SELECT " + COLUMNS + " FROM webhooks.delivery WHERE subscription_id = ?"
                + " ORDER BY created_at DESC, id OFFSET ? LIMIT ?", subscriptionId, offset, limit)
                : query("SELECT " + COLUMNS + " FROM webhooks.delivery WHERE subscription_id = ? AND status = ?"
                + " ORDER BY created_at DESC, id OFFSET ? LIMIT ?", subscriptionId, status.code(), offset, limit);
    }

    @Override
    public Map<UUID, List<Attempt>> attempts(Collection<UUID> deliveryIds) {
        Map<UUID, List<Attempt>> attempts = new HashMap<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(
                "SELECT delivery_id, attempted_at, status_code, latency_ms, error, response"
                        + " FROM webhooks.delivery_attempt WHERE delivery_id = ANY (?) ORDER BY attempted_at, id")) {
            select.setArray(1, db.createArrayOf("uuid", deliveryIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID deliveryId = (UUID) rows.getObject("delivery_id");
                    attempts.computeIfAbsent(deliveryId, id -> new ArrayList<>()).add(new Attempt(deliveryId,
                            Sql.instant(rows, "attempted_at"), Sql.integer(rows, "status_code"),
                            rows.getLong("latency_ms"), rows.getString("error"), rows.getString("response")));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw Sql.failed("read delivery attempts", e);
        }
    }

    @Override
    public void replay(UUID deliveryId) {
        execute("UPDATE webhooks.delivery SET status = 'pending', next_attempt_at = now(), leased_until = NULL"
                + " WHERE id = ?", deliveryId);
    }

    @Override
    public int replayFailed(UUID subscriptionId, Instant since) {
        return execute("UPDATE webhooks.delivery SET status = 'pending', next_attempt_at = now(), leased_until = NULL"
                + " WHERE subscription_id = ? AND status = 'failed' AND created_at >= ?", subscriptionId, since);
    }

    private int execute(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            Sql.bind(db, statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("change deliveries", e);
        }
    }

    private List<Delivery> query(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            Sql.bind(db, select, parameters);
            List<Delivery> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Delivery((UUID) rows.getObject("id"), (UUID) rows.getObject("subscription_id"),
                            (UUID) rows.getObject("event_id"), rows.getString("event_type"), rows.getString("payload"),
                            Delivery.Status.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)),
                            rows.getInt("attempts"), Sql.instant(rows, "created_at"),
                            Sql.instant(rows, "next_attempt_at"), Sql.instant(rows, "last_attempt_at"),
                            Sql.integer(rows, "last_status_code"), rows.getString("last_error")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Sql.failed("read deliveries", e);
        }
    }
}
