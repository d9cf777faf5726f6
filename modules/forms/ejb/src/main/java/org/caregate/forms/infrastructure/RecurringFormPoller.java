package org.caregate.forms.infrastructure;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the occurrences of recurring form requests that have fallen due, every {@code CAREGATE_FORM_REQUESTS_POLL}
 * (five seconds unless set), in batches of {@value #BATCH}, each batch one transaction. Nothing is kept in memory:
 * an occurrence due while no server ran is sent by the first poll after the start (ADR 0020).
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecurringFormPoller {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(RecurringFormPoller.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    RecurringFormBatch batch;

    @Inject
    @ConfigProperty(name = "CAREGATE_FORM_REQUESTS_POLL", defaultValue = "PT5S")
    String interval;

    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        long every = Duration.parse(interval).toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
    }

    private void poll() {
        try {
            while (batch.sendDue(BATCH) == BATCH) {
                LOG.debug("A full batch of recurring form requests was due; sending the next");
            }
            if (failing) {
                LOG.info("Recurring form requests are being sent again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Recurring form requests cannot be sent now (%s); they stay due and are retried",
                        e.getMessage());
                failing = true;
            }
        }
    }
}
