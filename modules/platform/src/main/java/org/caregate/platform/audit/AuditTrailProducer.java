package org.caregate.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.platform.events.OutboxingAuditTrail;

/** Provides every context's use cases with the one audit trail in PostgreSQL, which also appends domain events. */
@ApplicationScoped
public class AuditTrailProducer {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Produces
    AuditTrail auditTrail() {
        return new OutboxingAuditTrail(new JdbcAuditTrail(dataSource), dataSource, Clock.systemUTC());
    }
}
