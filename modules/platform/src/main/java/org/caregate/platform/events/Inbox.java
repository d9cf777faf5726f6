package org.caregate.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A consumer's memory of the events it has handled: a table {@code (event_id UUID PRIMARY KEY, consumed_at)} in the
 * consumer's schema. Inserting in the consumer's transaction makes a redelivered or copied event a no-op, and a
 * rolled-back consumption forgets it again.
 */
public final class Inbox {

    private final DataSource dataSource;
    private final String insert;

    /** @param table the inbox table, e.g. {@code webhooks.inbox} (a constant, never user input) */
    public Inbox(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.insert = "INSERT INTO " + table + " (event_id) VALUES (?) ON CONFLICT DO NOTHING";
    }

    /** Notes that the event is being consumed; {@code false} when it was consumed before. */
    public boolean consumeOnce(UUID eventId) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(insert)) {
            statement.setObject(1, eventId);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not note event " + eventId + " as consumed", e);
        }
    }
}
