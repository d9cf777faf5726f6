package org.caregate.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves published-to-be events from the outbox ({@code caregate.outbox_event}) to a sink, oldest first, safely with
 * any number of servers: one relay pass claims a batch of unpublished rows with {@code FOR UPDATE SKIP LOCKED} in its
 * own database transaction, hands them to the sink as one batch, marks them published with one statement and
 * commits. A second server's pass skips the claimed rows instead of sending them again; should a server die mid-pass,
 * its claim ends with its connection and the rows are sent again by the next pass (at least once; the event id lets
 * the broker and consumers drop the copy).
 */
public final class OutboxRelay {

    private static final String CLAIM = """
            SELECT id, type, organization_id, payload FROM caregate.outbox_event
            WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED
            """;
    private static final String MARK = "UPDATE caregate.outbox_event SET published_at = now() WHERE id = ANY(?)";

    private final int batchSize;

    public OutboxRelay(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one event");
        }
        this.batchSize = batchSize;
    }

    /**
     * Where relayed events go: the JMS topic in production ({@link EventTopicSender}). It gets a pass's events oldest
     * first and sends all of them or throws; a failure ends the pass and leaves every claimed row unsent.
     */
    @FunctionalInterface
    public interface Sink {
        void send(List<OutboxEvent> events) throws Exception;
    }

    /** One event as the outbox holds it: its id, type, organization and the message text (docs/jms.md). */
    public record OutboxEvent(UUID id, String type, Long organizationId, String payload) {
    }

    /**
     * One pass: claims up to a batch of unpublished events, sends them and marks them published, in one transaction
     * on the given connection (which must not take part in another transaction).
     *
     * @return how many events were sent
     * @throws Exception whatever the sink threw, after rolling the claim back
     */
    public int relayOnce(Connection db, Sink sink) throws Exception {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            List<OutboxEvent> claimed = claim(db);
            if (!claimed.isEmpty()) {
                sink.send(claimed);
                markPublished(db, claimed);
            }
            db.commit();
            return claimed.size();
        } catch (Exception e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void markPublished(Connection db, List<OutboxEvent> events) throws SQLException {
        try (PreparedStatement mark = db.prepareStatement(MARK)) {
            mark.setArray(1, db.createArrayOf("uuid", events.stream().map(OutboxEvent::id).toArray()));
            mark.executeUpdate();
        }
    }

    private List<OutboxEvent> claim(Connection db) throws SQLException {
        List<OutboxEvent> events = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(CLAIM)) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long organization = rows.getLong(3);
                    events.add(new OutboxEvent((UUID) rows.getObject(1), rows.getString(2),
                            rows.wasNull() ? null : organization, rows.getString(4)));
                }
            }
        }
        return events;
    }
}
