package org.caregate.webhooks.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.caregate.webhooks.application.DeliveryDoorbell;
import org.caregate.webhooks.application.DeliveryPump;
import org.caregate.webhooks.application.DeliveryWorker;
import org.caregate.webhooks.application.FailureNotices;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on a thread of its own: whenever it is woken ({@link DeliveryDoorbell}: a fan-out committed,
 * an attempt ended) and at the latest every half second, a {@link DeliveryPump} claims what is due (a lease, see
 * {@link DeliveryRepository#claimDue}) and starts each attempt on its own — at most {@value #MOST_IN_FLIGHT} at once,
 * {@value #MOST_PER_ENDPOINT} to one endpoint — so a slow receiver holds up nobody else.
 * Nothing here holds a transaction open over HTTP: each state change is its own statement. A server killed
 * mid-attempt leaves leased rows that any dispatcher takes up again when the lease has run out.
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryDispatcher {

    static final int MOST_IN_FLIGHT = 64;
    static final int MOST_PER_ENDPOINT = 4;
    /** The longest a due delivery waits when nothing rang: a retry coming due, one made by another server. */
    private static final Duration SAFETY_NET = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DeliveryDoorbell doorbell;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EndpointPolicy endpoints;

    @Inject
    FailureNotices notices;

    @Inject
    WebhookSettings settings;

    private HttpWebhookTransport transport;
    private DeliveryWorker worker;
    private DeliveryPump pump;
    private Thread dispatching;
    private volatile boolean running = true;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        transport = new HttpWebhookTransport(settings.connectTimeout(), settings.responseTimeout(), endpoints,
                scheduler);
        worker = new DeliveryWorker(subscriptions, deliveries, transport, endpoints,
                settings.retrySchedule(), notices, Clock.systemUTC());
        pump = new DeliveryPump(deliveries, subscriptions, worker::deliver, workers, settings.lease(), MOST_IN_FLIGHT,
                MOST_PER_ENDPOINT, doorbell.wakeup()::ring);
        dispatching = threads.newThread(this::dispatchUntilStopped);
        dispatching.setName("caregate-webhook-dispatcher");
        dispatching.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        doorbell.wakeup().ring();
        try {
            dispatching.join(SAFETY_NET.toMillis() * 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down anyway; a leased delivery is retried after its lease
        }
        transport.close();
    }

    private void dispatchUntilStopped() {
        while (running) {
            try {
                doorbell.wakeup().await(SAFETY_NET);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            dispatch();
        }
    }

    private void dispatch() {
        try {
            pump.pump();
            worker.disableLongFailing();
            if (failing) {
                LOG.info("Webhook deliveries are being sent again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Webhook deliveries cannot be sent now (%s); they stay due and are retried", e.getMessage());
                failing = true;
            }
        }
    }
}
