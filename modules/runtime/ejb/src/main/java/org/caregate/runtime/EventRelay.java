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
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.caregate.platform.events.EventTopicSender;
import org.caregate.platform.events.OutboxCommits;
import org.caregate.platform.events.OutboxRelay;
import org.jboss.logging.Logger;

/**
 * Relays integration events from the outbox to the JMS topic {@code caregate.events}, oldest first, through
 * {@link OutboxRelay}, on a thread of its own: woken the moment a transaction that appended events commits
 * ({@link OutboxCommits}), and at the latest every second — the safety net for events committed by another server or
 * while the broker was away. Each pass claims its rows ({@code FOR UPDATE SKIP LOCKED}), so several servers never
 * send the same row. A pass's events go to the broker in one transaction ({@link EventTopicSender}), each with its id
 * as {@code _AMQ_DUPL_ID}, and are then marked published; should the server die in between, the rows are sent again,
 * the broker refuses that batch for its duplicates, and the sender sends it one event at a time, where the broker drops
 * the copies and keeps the rest (ADR 35).
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "EmbeddedBroker"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRelay {

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
    void stop() {
        running = false;
        commits.wakeup().ring();
        try {
            relaying.join(SAFETY_NET.toMillis() * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down anyway; a pass cut short is relayed at the next start
        }
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
        try (Connection db = dataSource.getConnection();
             EventTopicSender topic = new EventTopicSender(connectionFactory)) {
            while (outbox.relayOnce(db, topic) == BATCH) {
                // a full batch: more may be waiting
            }
            if (failing) {
                LOG.infof("Relaying events to %s again", EventTopicSender.TOPIC);
                failing = false;
            }
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("Events cannot be relayed to %s now (%s); they stay in the outbox and are retried every "
                        + "second", EventTopicSender.TOPIC, e.getMessage());
                failing = true;
            }
        }
    }
}
