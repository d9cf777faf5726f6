package org.caregate.runtime;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Relays domain events from the outbox to the JMS topic {@code caregate.events}, every second, oldest first. Each
 * event is sent (durably, waiting for the broker) with its id as {@code _AMQ_DUPL_ID}, then marked published. Should
 * the server die in between, or two servers relay the same event, the broker drops the second copy as a duplicate.
 * Sends are not transacted on purpose: in a transaction the broker rejects a duplicate by rolling back the whole
 * transaction, which would keep a re-sent event — and every event after it — in the outbox for ever.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "EmbeddedBroker"})
public class EventRelay {

    /** The topic hospital consumers subscribe to. */
    public static final String TOPIC = "caregate.events";
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Resource(lookup = "java:/jms/caregate/ConnectionFactory")
    ConnectionFactory connectionFactory;

    private boolean failing;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relay() {
        try (Connection db = dataSource.getConnection()) {
            List<Event> events = pending(db);
            if (events.isEmpty()) {
                return;
            }
            try (JMSContext jms = connectionFactory.createContext()) {
                Topic topic = jms.createTopic(TOPIC);
                JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                for (Event event : events) {
                    TextMessage message = jms.createTextMessage(event.payload());
                    message.setStringProperty("_AMQ_DUPL_ID", event.id().toString());
                    message.setStringProperty("eventType", event.type());
                    if (event.organizationId() != null) {
                        message.setLongProperty("organizationId", event.organizationId());
                    }
                    message.setJMSType(event.type());
                    producer.send(topic, message);
                    markPublished(db, event);
                }
            }
            if (failing) {
                LOG.infof("Relaying events to %s again", TOPIC);
                failing = false;
            }
        } catch (SQLException | JMSException | JMSRuntimeException e) {
            if (!failing) {
                LOG.warnf("Events cannot be relayed to %s now (%s); they stay in the outbox and are retried every "
                        + "second", TOPIC, e.getMessage());
                failing = true;
            }
        }
    }

    private static List<Event> pending(Connection db) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, type, organization_id, payload"
                + " FROM caregate.outbox_event WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT " + BATCH);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long organization = rows.getLong(3);
                events.add(new Event((UUID) rows.getObject(1), rows.getString(2), rows.wasNull() ? null : organization,
                        rows.getString(4)));
            }
        }
        return events;
    }

    private static void markPublished(Connection db, Event event) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE caregate.outbox_event SET published_at = now() WHERE id = ? AND published_at IS NULL")) {
            update.setObject(1, event.id());
            update.executeUpdate();
        }
    }

    /** One event waiting in the outbox. */
    private record Event(UUID id, String type, Long organizationId, String payload) {
    }
}
