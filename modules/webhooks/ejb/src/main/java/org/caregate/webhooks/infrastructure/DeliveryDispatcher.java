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
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.caregate.webhooks.application.DeliveryPump;
import org.caregate.webhooks.application.DeliveryWorker;
import org.caregate.webhooks.application.FailureNotices;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: every half second a {@link DeliveryPump} claims what is due (a lease, see
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
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

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
    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        transport = new HttpWebhookTransport(settings.connectTimeout(), settings.responseTimeout(), endpoints,
                scheduler);
        worker = new DeliveryWorker(subscriptions, deliveries, transport, endpoints,
                settings.retrySchedule(), notices, Clock.systemUTC());
        pump = new DeliveryPump(deliveries, worker::deliver, workers, settings.lease(), MOST_IN_FLIGHT,
                MOST_PER_ENDPOINT);
        ticking = scheduler.scheduleWithFixedDelay(this::dispatch, 1000, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
        transport.close();
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
