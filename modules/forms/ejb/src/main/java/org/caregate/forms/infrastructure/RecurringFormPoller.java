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
import org.caregate.platform.jobs.DuePoller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    RecurringFormBatch batch;

    @Inject
    @ConfigProperty(name = "CAREGATE_FORM_REQUESTS_POLL", defaultValue = "PT5S")
    String interval;

    private DuePoller poller;

    @PostConstruct
    void start() {
        poller = new DuePoller("recurring form requests", BATCH, batch::sendDue);
        poller.start(scheduler, Duration.parse(interval));
    }

    @PreDestroy
    void stop() {
        poller.stop();
    }
}
