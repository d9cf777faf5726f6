package org.caregate.visits.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.caregate.visits.application.VisitClosing;
import org.jboss.logging.Logger;

/**
 * Closes the video visits whose window closed, each in a transaction of its own: a visit whose closing fails (its
 * appointment refuses the outcome, publishing fails) is rolled back alone and put off for
 * {@link #RETRY_FAILED_AFTER}, so it never holds up the visits due after it — on this server or another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitCloseBatch {

    /** How long a visit whose closing failed waits before it is tried again. */
    static final Duration RETRY_FAILED_AFTER = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(VisitCloseBatch.class);

    @Inject
    VisitClosing closing;

    @Resource
    SessionContext context;

    /** Closes up to {@code limit} due visits; answers how many were claimed (fewer: no more are due). */
    public int closeDue(int limit) {
        VisitCloseBatch self = context.getBusinessObject(VisitCloseBatch.class);
        int claimed = 0;
        while (claimed < limit) {
            AtomicLong visit = new AtomicLong(-1);
            try {
                if (self.closeNext(visit).isEmpty()) {
                    break;
                }
            } catch (RuntimeException e) {
                if (visit.get() < 0) {
                    throw e; // nothing claimed: the database itself failed, and the poller retries later
                }
                LOG.warnf("Closing the video visit of appointment %d failed (%s); it is tried again in %s",
                        visit.get(), e.getClass().getSimpleName(), RETRY_FAILED_AFTER);
                self.postpone(visit.get());
            }
            claimed++;
        }
        return claimed;
    }

    /** Claims and closes the next due visit in a transaction of its own; {@code claimed} learns which. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> closeNext(AtomicLong claimed) {
        return closing.closeNext(claimed::set);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(long appointmentId) {
        closing.postpone(appointmentId, RETRY_FAILED_AFTER);
    }
}
