package org.caregate.billing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.caregate.billing.application.CheckoutReconciler;
import org.caregate.billing.application.PaymentReconciler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the payment reconciler right after start and then every {@code CAREGATE_BILLING_RECONCILE_POLL} (ten seconds
 * unless set), in batches of {@value #BATCH} (claimed in one short transaction, each answer recorded in its own; no
 * transaction open while the gateway is asked). Nothing is kept in memory: an intent left
 * by a crash is in the database, and the first run after the restart settles it (ADR 0027). Then the paid checkouts
 * that booked nothing are refunded (ADR 0032).
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconcilePoller {

    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(ReconcilePoller.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    PaymentReconciler reconciler;

    @EJB
    CheckoutReconciler checkouts;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_RECONCILE_POLL", defaultValue = "PT10S")
    String interval;

    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        long every = Duration.parse(interval).toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
    }

    private void poll() {
        try {
            while (reconciler.settleDue(BATCH) == BATCH) {
                LOG.debug("A full batch of payments was unsettled; settling the next");
            }
            while (checkouts.settleDue(BATCH) == BATCH) {
                LOG.debug("A full batch of checkouts booked nothing; refunding the next");
            }
            if (failing) {
                LOG.info("Payments are being reconciled again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Payments cannot be reconciled now (%s); they stay pending and are retried", e.getMessage());
                failing = true;
            }
        }
    }
}
