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
import org.caregate.billing.application.RecurringCharges;
import org.caregate.platform.jobs.DuePoller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Charges recurring payments' due periods every {@code CAREGATE_BILLING_RECURRING_POLL} (ten seconds unless set), in
 * batches of {@value #BATCH} (see {@link RecurringCharges}). The schedule is in the database: periods that fell due
 * while no server ran are charged by the first poll after the start, and servers polling together claim different
 * recurring payments ({@code FOR UPDATE SKIP LOCKED}), each period once (ADR 0031).
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecurringPoller {

    static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    RecurringCharges charges;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_RECURRING_POLL", defaultValue = "PT10S")
    String interval;

    private DuePoller poller;

    @PostConstruct
    void start() {
        poller = new DuePoller("recurring payments", BATCH, charges::chargeDue);
        poller.start(scheduler, Duration.parse(interval));
    }

    @PreDestroy
    void stop() {
        poller.stop();
    }
}
