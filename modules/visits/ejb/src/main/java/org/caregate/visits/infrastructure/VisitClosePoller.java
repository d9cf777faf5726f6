package org.caregate.visits.infrastructure;

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
 * Closes the video visits whose window has closed, every {@code CAREGATE_VISIT_CLOSE_POLL} (fifteen seconds unless
 * set), in batches of {@value #BATCH}, each batch one transaction. Nothing is kept in memory: a window that closed
 * while no server ran is closed by the first poll after the start; two servers skip each other's claimed rows
 * (ADR 0026).
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitClosePoller {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(VisitClosePoller.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    VisitCloseBatch batch;

    @Inject
    @ConfigProperty(name = "CAREGATE_VISIT_CLOSE_POLL", defaultValue = "PT15S")
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
            while (batch.closeDue(BATCH) == BATCH) {
                LOG.debug("A full batch of video visits was due to close; closing the next");
            }
            if (failing) {
                LOG.info("Video visits are being closed again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Video visits cannot be closed now (%s); they stay due and are retried",
                        e.getMessage());
                failing = true;
            }
        }
    }
}
