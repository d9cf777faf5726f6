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
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Carries a relay pass's events to the topic {@code caregate.events}, each durable, with its id as the broker's
 * duplicate id ({@code _AMQ_DUPL_ID}): the whole batch in one broker transaction — one journal sync and one round
 * trip for the batch instead of one per event. A batch the broker refuses is sent again one event at a time outside a
 * transaction, where the broker drops an event it already has and keeps the rest: in a transaction a single duplicate
 * (a batch re-sent after a server died between the broker's commit and the outbox's) rolls the whole transaction
 * back, which would keep that batch in the outbox for ever. Connects to the broker only when there is a batch to send.
 * Uses the classic JMS API: Artemis' resource adapter gives a {@code JMSContext} no local transaction outside JTA.
 */
public final class EventTopicSender implements OutboxRelay.Sink, AutoCloseable {

    /** The topic hospital consumers subscribe to (docs/jms.md). */
    public static final String TOPIC = "caregate.events";
    private static final Logger LOG = Logger.getLogger(EventTopicSender.class);
    private static final AtomicBoolean WARNED_UNTRANSACTED = new AtomicBoolean();

    private final ConnectionFactory connectionFactory;
    private Connection connection;
    private Producer batches;
    private Producer oneByOne;

    /**
     * @param connectionFactory a factory whose sessions may be locally transacted (Artemis' resource adapter:
     *                          {@code AllowLocalTransactions}); without that every batch goes one event at a time
     */
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
        if (batches == null) {
            batches = new Producer(connection.createSession(true, Session.SESSION_TRANSACTED));
            if (!batches.session.getTransacted() && WARNED_UNTRANSACTED.compareAndSet(false, true)) {
                LOG.warnf("The JMS connection factory gives no local transactions: events go to %s one at a time",
                        TOPIC);
            }
        }
        if (batches.session.getTransacted()) {
            try {
                batches.sendAll(events);
                batches.session.commit();
                return;
            } catch (JMSException | JMSRuntimeException refused) {
                LOG.debugf("The broker refused a batch of %d events (%s); sending them one by one", events.size(),
                        refused.getMessage());
                batches.close();
                batches = null;
            }
        }
        if (oneByOne == null) {
            oneByOne = new Producer(connection.createSession(false, Session.AUTO_ACKNOWLEDGE));
        }
        oneByOne.sendAll(events);
    }

    @Override
    public void close() throws JMSException {
        if (connection != null) {
            connection.close(); // closes its sessions; a transacted one rolls back what it did not commit
        }
    }

    /** A session and its durable producer on the topic. */
    private static final class Producer {

        final Session session;
        private final MessageProducer producer;

        Producer(Session session) throws JMSException {
            this.session = session;
            this.producer = session.createProducer(session.createTopic(TOPIC));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
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

        void close() {
            try {
                session.close();
            } catch (JMSException | JMSRuntimeException closingAnyway) {
                // the broker went away; nothing to release
            }
        }
    }
}
