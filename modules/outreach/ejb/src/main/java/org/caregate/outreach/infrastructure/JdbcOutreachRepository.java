package org.caregate.outreach.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.outreach.domain.Channel;
import org.caregate.outreach.domain.Message;
import org.caregate.outreach.domain.OutreachRepository;
import org.caregate.outreach.domain.Purpose;
import org.caregate.platform.events.Inbox;

/** Messages in {@code outreach.message}; claiming is one statement with FOR UPDATE SKIP LOCKED and a lease. */
@ApplicationScoped
public class JdbcOutreachRepository implements OutreachRepository {

    private static final String COLUMNS = "id, visit_kind, visit_id, organization_id, purpose, channel, recipient,"
            + " sequence, visit_starts_at, due_at";

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Override
    public boolean consumeOnce(UUID eventId) {
        return new Inbox(dataSource, "outreach.inbox").consumeOnce(eventId);
    }

    @Override
    public int sequence(String visitKind, String visitId, long organizationId, boolean raise) {
        try (Connection db = dataSource.getConnection(); PreparedStatement upsert = db.prepareStatement(
                "INSERT INTO outreach.visit AS v (kind, visit_id, organization_id, sequence) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (kind, visit_id) DO UPDATE SET sequence = v.sequence + EXCLUDED.sequence"
                        + " RETURNING sequence")) {
            upsert.setString(1, visitKind);
            upsert.setString(2, visitId);
            upsert.setLong(3, organizationId);
            upsert.setInt(4, raise ? 1 : 0);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not number the visit's invitations", e);
        }
    }

    @Override
    public void plan(Message m) {
        execute("INSERT INTO outreach.message (" + COLUMNS + ", status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"
                        + " ON CONFLICT (visit_kind, visit_id, purpose, channel, sequence) DO NOTHING",
                m.id(), m.visitKind(), m.visitId(), m.organizationId(), m.purpose().code(), m.channel().code(),
                m.recipient(), m.sequence(), utc(m.visitStartsAt()), utc(m.dueAt()));
    }

    @Override
    public void withdrawPendingReminders(String visitKind, String visitId) {
        execute("UPDATE outreach.message SET status = 'withdrawn', last_error = 'replaced by a later change'"
                + " WHERE visit_kind = ? AND visit_id = ? AND status = 'pending'"
                + " AND purpose IN ('reminder_60', 'reminder_15')", visitKind, visitId);
    }

    @Override
    public List<Message> claimDue(int limit, Duration lease) {
        try (Connection db = dataSource.getConnection(); PreparedStatement claim = db.prepareStatement("""
                UPDATE outreach.message SET leased_until = now() + make_interval(secs => ?), attempts = attempts + 1
                WHERE id IN (SELECT id FROM outreach.message
                             WHERE status = 'pending' AND due_at <= now()
                               AND (leased_until IS NULL OR leased_until < now())
                             ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)) {
            claim.setDouble(1, lease.toMillis() / 1000.0);
            claim.setInt(2, limit);
            List<Message> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Message((UUID) rows.getObject("id"), rows.getString("visit_kind"),
                            rows.getString("visit_id"), rows.getLong("organization_id"),
                            Purpose.ofCode(rows.getString("purpose")), Channel.ofCode(rows.getString("channel")),
                            rows.getString("recipient"), rows.getInt("sequence"),
                            instant(rows.getObject("visit_starts_at", OffsetDateTime.class)),
                            rows.getObject("due_at", OffsetDateTime.class).toInstant()));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim due messages", e);
        }
    }

    @Override
    public void markSent(UUID id) {
        execute("UPDATE outreach.message SET status = 'sent', sent_at = now(), leased_until = NULL WHERE id = ?", id);
    }

    @Override
    public void withdraw(UUID id, String reason) {
        execute("UPDATE outreach.message SET status = 'withdrawn', last_error = ?, leased_until = NULL WHERE id = ?",
                reason, id);
    }

    @Override
    public void markFailed(UUID id, String error, Duration retryIn, int mostAttempts) {
        execute("UPDATE outreach.message SET last_error = ?, leased_until = NULL,"
                + " due_at = now() + make_interval(secs => ?),"
                + " status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END WHERE id = ?",
                error, retryIn.toSeconds() * 1.0, mostAttempts, id);
    }

    @Override
    public void markUndeliverable(UUID id, String reason) {
        execute("UPDATE outreach.message SET last_error = ?, leased_until = NULL, status = 'failed' WHERE id = ?",
                reason, id);
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private int execute(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change outreach messages", e);
        }
    }
}
