package org.caregate.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.caregate.platform.events.OutboxCommits;
import org.caregate.platform.events.OutboxRelay;
import org.jboss.logging.Logger;

/**
 * Relays integration events from the outbox to the JMS topic {@code caregate.events}, oldest first, through
 * {@link OutboxRelay}, on a thread of its own: woken the moment a transaction that appended events commits
 * ({@link OutboxCommits}), and at the latest every second — the safety net for events committed by another server or
 * while the broker was away. Each pass claims its rows ({@code FOR UPDATE SKIP LOCKED}), so several servers never
 * send the same row. Each event is sent (durably, waiting for the broker) with its id as {@code _AMQ_DUPL_ID}, then
 * marked published; should the server die in between, the row is sent again and the broker drops the copy.
 * Sends are not transacted on purpose: in a transaction the broker rejects a duplicate by rolling back the whole
 * transaction, which would keep a re-sent event — and every event after it — in the outbox for ever.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "EmbeddedBroker"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRelay {

    /** The topic hospital consumers subscribe to. */
    public static final String TOPIC = "caregate.events";
    private static final int BATCH = 200;
    /** The longest an event waits when no commit on this server rang: one committed elsewhere, or left by a failure. */
    private static final Duration SAFETY_NET = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Resource(lookup = "java:/jms/caregate/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxCommits commits;

    private final OutboxRelay outbox = new OutboxRelay(BATCH);
    private volatile boolean running = true;
    private Thread relaying;
    private boolean failing;

    @PostConstruct
    void start() {
        relaying = threads.newThread(this::relayUntilStopped);
        relaying.setName("caregate-event-relay");
        relaying.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        commits.wakeup().ring();
        relaying.join(SAFETY_NET.toMillis() * 5);
    }

    private void relayUntilStopped() {
        while (running) {
            relay();
            try {
                commits.wakeup().await(SAFETY_NET);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void relay() {
        try (Connection db = dataSource.getConnection(); TopicSender topic = new TopicSender(connectionFactory)) {
            while (outbox.relayOnce(db, topic::send) == BATCH) {
                // a full batch: more may be waiting
            }
            if (failing) {
                LOG.infof("Relaying events to %s again", TOPIC);
                failing = false;
            }
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("Events cannot be relayed to %s now (%s); they stay in the outbox and are retried every "
                        + "second", TOPIC, e.getMessage());
                failing = true;
            }
        }
    }

    /** Sends events to the topic, connecting to the broker only when there is one to send. */
    private static final class TopicSender implements AutoCloseable {

        private final ConnectionFactory connectionFactory;
        private JMSContext jms;
        private Topic topic;
        private JMSProducer producer;

        TopicSender(ConnectionFactory connectionFactory) {
            this.connectionFactory = connectionFactory;
        }

        void send(OutboxRelay.OutboxEvent event) throws JMSException {
            if (jms == null) {
                jms = connectionFactory.createContext();
                topic = jms.createTopic(TOPIC);
                producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            }
            TextMessage message = jms.createTextMessage(event.payload());
            message.setStringProperty("_AMQ_DUPL_ID", event.id().toString());
            message.setStringProperty("eventType", event.type());
            if (event.organizationId() != null) {
                message.setLongProperty("organizationId", event.organizationId());
            }
            message.setJMSType(event.type());
            producer.send(topic, message);
        }

        @Override
        public void close() {
            if (jms != null) {
                jms.close();
            }
        }
    }
}
