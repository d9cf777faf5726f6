package org.caregate.reports.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.caregate.reports.domain.EncounterReportRepository;
import org.jboss.logging.Logger;

/**
 * Every minute: removes the files of completed reports past their expiry (their status reads {@code expired}), and
 * gives up reports pending longer than the pending timeout (their generation was dead-lettered), wiping their
 * sealed passwords. Harmless on several servers at once: each change is conditional on the report's state.
 */
@Singleton
public class ReportHousekeeping {

    private static final Logger LOG = Logger.getLogger(ReportHousekeeping.class);
    private static final int BATCH = 100;

    @Inject
    EncounterReportRepository reports;

    @Inject
    ReportSettings settings;

    @EJB
    EncounterReportGenerator generator;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tidy() {
        Instant now = clock.instant();
        int expired = reports.expire(now);
        if (expired > 0) {
            LOG.infof("Removed the files of %d expired encounter reports", expired);
        }
        for (UUID id : reports.pendingSince(now.minus(settings.pendingTimeout()), BATCH)) {
            generator.giveUp(id);
        }
    }
}
