package org.caregate.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.platform.audit.JdbcAuditTrail;

/** Provides identity's use cases with the audit trail in PostgreSQL. */
@ApplicationScoped
public class AuditTrailProducer {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Produces
    AuditTrail auditTrail() {
        return new JdbcAuditTrail(dataSource);
    }
}
