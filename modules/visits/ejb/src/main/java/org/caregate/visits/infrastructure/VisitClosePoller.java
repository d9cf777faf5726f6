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
import org.caregate.platform.jobs.DuePoller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    VisitCloseBatch batch;

    @Inject
    @ConfigProperty(name = "CAREGATE_VISIT_CLOSE_POLL", defaultValue = "PT15S")
    String interval;

    private DuePoller poller;

    @PostConstruct
    void start() {
        poller = new DuePoller("video visits due to close", BATCH, batch::closeDue);
        poller.start(scheduler, Duration.parse(interval));
    }

    @PreDestroy
    void stop() {
        poller.stop();
    }
}
