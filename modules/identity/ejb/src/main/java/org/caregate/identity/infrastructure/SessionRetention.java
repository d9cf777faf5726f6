package org.caregate.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.caregate.platform.persistence.Retention;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every hour, deletes sign-in sessions that ended — expired or signed out — longer ago than the retention
 * ({@code CAREGATE_RETENTION_DAYS}, 90). API keys stay, revoked ones included: they are listed by name and the
 * audit trail names them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionRetention {

    private static final Logger LOG = Logger.getLogger(SessionRetention.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caregate.retention-days", defaultValue = "90")
    String retentionDays;

    @Schedule(hour = "*", minute = "29", persistent = false)
    public void purge() {
        Retention.purgeAll(dataSource, retentionDays, LOG, "Ended sign-in sessions",
                new Retention.Rows("ended sign-in sessions", "identity.api_key", "id",
                        "kind = 'SESSION' AND COALESCE(revoked_at, expires_at) < ?"));
    }
}
