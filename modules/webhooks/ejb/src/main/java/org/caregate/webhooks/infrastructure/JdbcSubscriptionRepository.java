package org.caregate.webhooks.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;

/** Subscriptions in {@code webhooks.subscription}; the failure record changes in single atomic statements. */
@ApplicationScoped
public class JdbcSubscriptionRepository implements SubscriptionRepository {

    private static final String COLUMNS = "id, organization_id, style, url, event_types, secret, should_retry,"
            + " standard_headers, enabled, disabled_reason, failing_since, failure_noticed_at, created_at, updated_at";

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Override
    public void add(Subscription s) {
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO webhooks.subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, s.id());
            insert.setLong(2, s.organizationId());
            insert.setString(3, s.style().code());
            bindChangeable(db, insert, 4, s);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("add a webhook", e);
        }
    }

    @Override
    public void update(Subscription s) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(
                "UPDATE webhooks.subscription SET url = ?, event_types = ?, secret = ?, should_retry = ?,"
                        + " standard_headers = ?, enabled = ?, disabled_reason = ?, failing_since = ?,"
                        + " failure_noticed_at = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
            bindChangeable(db, update, 1, s);
            update.setObject(12, s.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("update a webhook", e);
        }
    }

    /** url … updated_at, from {@code first} on. */
    private static void bindChangeable(Connection db, PreparedStatement statement, int first, Subscription s)
            throws SQLException {
        statement.setString(first, s.url());
        statement.setArray(first + 1, db.createArrayOf("text", s.eventTypes().toArray()));
        statement.setString(first + 2, s.secret());
        statement.setBoolean(first + 3, s.shouldRetry());
        statement.setBoolean(first + 4, s.standardHeaders());
        statement.setBoolean(first + 5, s.enabled());
        statement.setString(first + 6, s.disabledReason());
        Sql.setInstant(statement, first + 7, s.failingSince());
        Sql.setInstant(statement, first + 8, s.failureNoticedAt());
        Sql.setInstant(statement, first + 9, s.createdAt());
        Sql.setInstant(statement, first + 10, s.updatedAt());
    }

    @Override
    public Optional<Subscription> findForUpdate(long organizationId, UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhooks.subscription WHERE id = ? AND organization_id = ? FOR UPDATE",
                id, organizationId);
    }

    @Override
    public Optional<Subscription> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhooks.subscription WHERE id = ?", id);
    }

    @Override
    public Map<UUID, Subscription> enabledByIds(Collection<UUID> ids) {
        Map<UUID, Subscription> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Subscription subscription : many("SELECT " + COLUMNS + " FROM webhooks.subscription"
                    + " WHERE enabled AND id = ANY (?)", (Object) ids.toArray(new UUID[0]))) {
                byId.put(subscription.id(), subscription);
            }
        }
        return byId;
    }

    @Override
    public List<Subscription> list(long organizationId, WebhookStyle style) {
        return many("SELECT " + COLUMNS + " FROM webhooks.subscription WHERE organization_id = ? AND style = ?"
                + " ORDER BY created_at, id", organizationId, style.code());
    }

    @Override
    public List<Subscription> failingSinceBefore(Instant cutoff) {
        return many("SELECT " + COLUMNS + " FROM webhooks.subscription WHERE enabled AND failing_since <= ?"
                + " ORDER BY failing_since, id", cutoff);
    }

    @Override
    public List<Subscription> enabledOf(Collection<Long> organizationIds) {
        return many("SELECT " + COLUMNS + " FROM webhooks.subscription WHERE enabled AND organization_id = ANY (?)"
                + " ORDER BY created_at, id", (Object) organizationIds.toArray(new Long[0]));
    }

    @Override
    public Subscription recordFailure(UUID id, Instant at) {
        return one("UPDATE webhooks.subscription SET failing_since = COALESCE(failing_since, ?) WHERE id = ?"
                + " RETURNING " + COLUMNS, at, id).orElseThrow();
    }

    @Override
    public void disable(UUID id, String reason, Instant at) {
        execute("UPDATE webhooks.subscription SET enabled = FALSE, disabled_reason = ?, updated_at = ? WHERE id = ?",
                reason, at, id);
    }

    @Override
    public void recordSuccess(UUID id) {
        execute("UPDATE webhooks.subscription SET failing_since = NULL, failure_noticed_at = NULL"
                + " WHERE id = ? AND failing_since IS NOT NULL", id);
    }

    @Override
    public boolean markNoticed(UUID id, Instant at) {
        return execute("UPDATE webhooks.subscription SET failure_noticed_at = ?"
                + " WHERE id = ? AND failure_noticed_at IS NULL", at, id) == 1;
    }

    private int execute(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            Sql.bind(db, statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("change a webhook", e);
        }
    }

    private Optional<Subscription> one(String sql, Object... parameters) {
        return many(sql, parameters).stream().findFirst();
    }

    private List<Subscription> many(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            Sql.bind(db, select, parameters);
            List<Subscription> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(subscription(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Sql.failed("read webhooks", e);
        }
    }

    private static Subscription subscription(ResultSet rows) throws SQLException {
        return new Subscription((UUID) rows.getObject("id"), rows.getLong("organization_id"),
                WebhookStyle.ofCode(rows.getString("style")), rows.getString("url"),
                Arrays.asList((String[]) rows.getArray("event_types").getArray()), rows.getString("secret"),
                rows.getBoolean("should_retry"), rows.getBoolean("standard_headers"), rows.getBoolean("enabled"),
                rows.getString("disabled_reason"), Sql.instant(rows, "failing_since"),
                Sql.instant(rows, "failure_noticed_at"), Sql.instant(rows, "created_at"),
                Sql.instant(rows, "updated_at"));
    }
}
