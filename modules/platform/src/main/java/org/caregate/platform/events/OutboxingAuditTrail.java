package org.caregate.platform.events;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;

/**
 * The audit trail that also tells the world: every audited change records its audit row, and a change that is a
 * domain event ({@link EventCatalogue}) also appends an event to {@code caregate.outbox_event} — on the same JTA
 * connection, so the event exists exactly when the change committed.
 */
public class OutboxingAuditTrail implements AuditTrail {

    private static final String INSERT = """
            INSERT INTO caregate.outbox_event (id, occurred_at, organization_id, type, payload) VALUES (?, ?, ?, ?, ?)
            """;

    private final AuditTrail audit;
    private final DataSource dataSource;
    private final Clock clock;

    public OutboxingAuditTrail(AuditTrail audit, DataSource dataSource, Clock clock) {
        this.audit = audit;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void record(Caller caller, String action, String targetType, String targetId) {
        record(caller, action, targetType, targetId, List.of());
    }

    @Override
    public void record(Caller caller, String action, String targetType, String targetId, List<String> changedFields) {
        audit.record(caller, action, targetType, targetId);
        if (!EventCatalogue.isEvent(action)) {
            return;
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(now));
            if (caller.organizationId() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, caller.organizationId());
            }
            insert.setString(4, action);
            insert.setString(5, payload(id, now, caller, action, targetType, targetId, changedFields));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not append the event " + action, e);
        }
    }

    /** The event as JSON, as consumers receive it (docs/jms.md). */
    static String payload(UUID id, Instant at, Caller caller, String type, String resourceType, String resourceId,
                          List<String> changedFields) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id.toString()).add("type", type)
                .add("occurredAt", at.toString()).add("resourceType", resourceType);
        if (resourceId == null) {
            json.addNull("resourceId");
        } else {
            json.add("resourceId", resourceId);
        }
        if (caller.organizationId() == null) {
            json.addNull("organizationId");
        } else {
            json.add("organizationId", caller.organizationId());
        }
        if (caller.userId() == null) {
            json.addNull("actorId");
        } else {
            json.add("actorId", caller.userId());
        }
        return json.add("requestId", caller.requestId())
                .add("changedFields", Json.createArrayBuilder(changedFields)).build().toString();
    }
}
