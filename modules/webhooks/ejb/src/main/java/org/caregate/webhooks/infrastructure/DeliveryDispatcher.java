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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.caregate.webhooks.application.DeliveryWorker;
import org.caregate.webhooks.application.FailureNotices;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: every half second it claims up to {@value #BATCH} (a lease, see
 * {@link DeliveryRepository#claimDue}) and attempts them side by side, and goes on at once while full batches come.
 * Nothing here holds a transaction open over HTTP: each state change is its own statement. A server killed
 * mid-attempt leaves leased rows that any dispatcher takes up again when the lease has run out.
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryDispatcher {

    static final int BATCH = 64;
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

    private DeliveryWorker worker;
    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        worker = new DeliveryWorker(subscriptions, deliveries,
                new HttpWebhookTransport(settings.connectTimeout(), settings.responseTimeout()), endpoints,
                settings.retrySchedule(), notices, Clock.systemUTC());
        ticking = scheduler.scheduleWithFixedDelay(this::dispatch, 1000, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
    }

    private void dispatch() {
        try {
            List<Delivery> claimed;
            do {
                claimed = deliveries.claimDue(BATCH, settings.lease());
                List<Future<?>> attempts = new ArrayList<>();
                for (Delivery delivery : claimed) {
                    attempts.add(workers.submit(() -> worker.deliver(delivery)));
                }
                for (Future<?> attempt : attempts) {
                    attempt.get();
                }
            } while (claimed.size() == BATCH);
            if (failing) {
                LOG.info("Webhook deliveries are being sent again");
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException e) {
            if (!failing) {
                LOG.warnf("Webhook deliveries cannot be sent now (%s); they stay due and are retried", e.getMessage());
                failing = true;
            }
        }
    }
}
