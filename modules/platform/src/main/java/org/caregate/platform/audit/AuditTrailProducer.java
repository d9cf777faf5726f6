package org.caregate.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.platform.events.AfterCommit;
import org.caregate.platform.events.OutboxCommits;
import org.caregate.platform.events.OutboxEventPublisher;

/**
 * Provides every context's use cases with the one audit trail in PostgreSQL and the event publisher that appends
 * integration events to the outbox beside it, ringing the relay when their transaction commits.
 */
@ApplicationScoped
public class AuditTrailProducer {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxCommits outboxCommits;

    @Produces
    AuditTrail auditTrail() {
        return new JdbcAuditTrail(dataSource);
    }

    @Produces
    EventPublisher eventPublisher() {
        return new OutboxEventPublisher(auditTrail(), dataSource, Clock.systemUTC(), new AfterCommit(transactions),
                outboxCommits.wakeup());
    }
}
