package org.caregate.platform.events;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Carries a relay pass's events to the topic {@code caregate.events}, each durable, with its id as the broker's
 * duplicate id ({@code _AMQ_DUPL_ID}): the whole batch in one broker transaction — one journal sync and one round
 * trip for the batch instead of one per event. A batch the broker refuses is sent again one event at a time outside a
 * transaction, where the broker drops an event it already has and keeps the rest: in a transaction a single duplicate
 * (a batch re-sent after a server died between the broker's commit and the outbox's) rolls the whole transaction
 * back, which would keep that batch in the outbox for ever.
 *
 * <p>Connects to the broker only when there is a batch to send, and keeps one session open at a time: Artemis'
 * resource adapter allows one session per connection, and gives a local transaction only to the classic API's
 * {@code createSession(true, …)} (with {@code AllowLocalTransactions}; never to a {@code JMSContext} outside JTA).
 */
public final class EventTopicSender implements OutboxRelay.Sink, AutoCloseable {

    /** The topic hospital consumers subscribe to (docs/jms.md). */
    public static final String TOPIC = "caregate.events";
    private static final Logger LOG = Logger.getLogger(EventTopicSender.class);

    private final ConnectionFactory connectionFactory;
    private Connection connection;
    /** The transacted session batches go through, kept from one batch to the next while the broker takes them. */
    private Producer batches;

    public EventTopicSender(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    @Override
    public void send(List<OutboxRelay.OutboxEvent> events) throws JMSException {
        if (events.isEmpty()) {
            return;
        }
        if (connection == null) {
            connection = connectionFactory.createConnection();
        }
        try {
            if (batches == null) {
                batches = new Producer(connection.createSession(true, Session.SESSION_TRANSACTED));
            }
            batches.sendAll(events);
            batches.session.commit();
        } catch (JMSException | JMSRuntimeException refused) {
            if (batches != null) {
                batches.rollBackAndClose();
                batches = null;
            }
            sendOneByOne(events);
            LOG.infof("The broker refused a batch of %d events (%s); they went one at a time, copies dropped",
                    events.size(), refused.getMessage());
        }
    }

    /** Sends outside a transaction, where the broker drops a duplicate alone; fails the pass if the broker fails. */
    private void sendOneByOne(List<OutboxRelay.OutboxEvent> events) throws JMSException {
        Producer oneByOne = new Producer(connection.createSession(false, Session.AUTO_ACKNOWLEDGE));
        try {
            oneByOne.sendAll(events);
        } finally {
            oneByOne.close();
        }
    }

    @Override
    public void close() throws JMSException {
        if (batches != null) {
            batches.rollBackAndClose();
        }
        if (connection != null) {
            connection.close();
        }
    }

    /** A session and its durable producer on the topic. */
    private static final class Producer {

        private final Session session;
        private final MessageProducer producer;

        /** Takes the session over: closes it if no producer can be made on it. */
        Producer(Session session) throws JMSException {
            this.session = session;
            try {
                this.producer = session.createProducer(session.createTopic(TOPIC));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            } catch (JMSException | RuntimeException e) {
                close();
                throw e;
            }
        }

        void sendAll(List<OutboxRelay.OutboxEvent> events) throws JMSException {
            for (OutboxRelay.OutboxEvent event : events) {
                TextMessage message = session.createTextMessage(event.payload());
                message.setStringProperty("_AMQ_DUPL_ID", event.id().toString());
                message.setStringProperty("eventType", event.type());
                if (event.organizationId() != null) {
                    message.setLongProperty("organizationId", event.organizationId());
                }
                message.setJMSType(event.type());
                producer.send(message);
            }
        }

        /**
         * Drops what the transaction sent and did not commit (the adapter's pooled session would otherwise carry it
         * into the next pass that gets this connection), then closes the session.
         */
        void rollBackAndClose() {
            try {
                session.rollback();
            } catch (JMSException | JMSRuntimeException brokerGone) {
                // nothing to roll back on a broker that went away
            }
            close();
        }

        void close() {
            try {
                session.close();
            } catch (JMSException | JMSRuntimeException brokerGone) {
                // nothing to release
            }
        }
    }
}
