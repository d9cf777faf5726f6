package org.caregate.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.event.IntegrationEvent;
import org.caregate.kernel.event.PublishedEvent;

/**
 * Publishes integration events through the transactional outbox: the event is audited and appended to
 * {@code caregate.outbox_event} on the same JTA connection as the change, so it exists exactly when the change
 * committed; the relay carries it to the topic afterwards, woken when that transaction commits. Knows no context:
 * the type, resource and fields come from the event the context raised.
 */
public class OutboxEventPublisher implements EventPublisher {

    private static final String INSERT = """
            INSERT INTO caregate.outbox_event (id, occurred_at, organization_id, type, payload) VALUES (?, ?, ?, ?, ?)
            """;

    private final AuditTrail audit;
    private final DataSource dataSource;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final Wakeup relay;

    /**
     * @param afterCommit rings {@code relay} when the publishing transaction commits
     * @param relay       the outbox relay's doorbell
     */
    public OutboxEventPublisher(AuditTrail audit, DataSource dataSource, Clock clock, AfterCommit afterCommit,
                                Wakeup relay) {
        this.audit = audit;
        this.dataSource = dataSource;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.relay = relay;
    }

    @Override
    public void publish(Caller caller, IntegrationEvent event) {
        String type = event.type().name();
        audit.record(caller, type, event.resourceType(), event.resourceId());
        PublishedEvent published = new PublishedEvent(UUID.randomUUID(), type, clock.instant(), event.resourceType(),
                event.resourceId(), caller.organizationId(), event.changedFields());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, published.id());
            insert.setTimestamp(2, Timestamp.from(published.occurredAt()));
            if (published.organizationId() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, published.organizationId());
            }
            insert.setString(4, type);
            insert.setString(5, EventMessages.write(published, caller.userId(), caller.requestId()));
            insert.executeUpdate();
            afterCommit.ring(relay);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append the event " + type, e);
        }
    }
}
