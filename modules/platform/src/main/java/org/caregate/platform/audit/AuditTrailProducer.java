package org.caregate.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.caregate.kernel.audit.AuditTrail;

/** Provides every context's use cases with the one audit trail in PostgreSQL. */
@ApplicationScoped
public class AuditTrailProducer {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Produces
    AuditTrail auditTrail() {
        return new JdbcAuditTrail(dataSource);
    }
}
