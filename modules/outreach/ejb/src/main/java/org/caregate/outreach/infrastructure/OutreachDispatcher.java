package org.caregate.outreach.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.caregate.billing.api.invoices.InvoiceNotices;
import org.caregate.forms.api.FormNotices;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.outreach.application.Accounts;
import org.caregate.outreach.application.OutreachSender;
import org.caregate.outreach.domain.Message;
import org.caregate.outreach.domain.OutreachRepository;
import org.caregate.scheduling.api.VisitDirectory;
import org.jboss.logging.Logger;

/**
 * Sends due messages every second, one at a time, outside any transaction: claims a batch (a lease of two
 * minutes), checks and sends each. Reminders are rows with a due time, so they survive restarts; a server killed
 * after sending and before recording leaves one message that may go out a second time when its lease runs out.
 */
@Singleton
@Startup
@DependsOn("runtime.jar#DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutreachDispatcher {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(OutreachDispatcher.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutreachRepository outreach;

    @Inject
    VisitDirectory visits;

    @Inject
    FormNotices forms;

    @Inject
    InvoiceNotices invoices;

    @Inject
    PeopleDirectory people;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    JakartaMailOutbox mail;

    @Inject
    OutreachSettings settings;

    private OutreachSender sender;
    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        sender = new OutreachSender(outreach, visits, forms, new Accounts(people, organizations), invoices, mail, settings.smsGateway(), Clock.systemUTC());
        ticking = scheduler.scheduleWithFixedDelay(this::dispatch, 1000, 1000, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
    }

    private void dispatch() {
        try {
            List<Message> due;
            do {
                due = outreach.claimDue(BATCH, LEASE);
                due.forEach(sender::send);
            } while (due.size() == BATCH);
            if (failing) {
                LOG.info("Outreach messages are being sent again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outreach messages cannot be sent now (%s); they stay due and are retried", e.getMessage());
                failing = true;
            }
        }
    }
}
