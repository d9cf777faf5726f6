package org.caregate.runtime;

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

/** Every hour, deletes outbox events relayed longer ago than the retention ({@code CAREGATE_RETENTION_DAYS}, 90). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caregate.retention-days", defaultValue = "90")
    String retentionDays;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void purge() {
        Retention.purgeAll(dataSource, retentionDays, LOG, "Relayed events",
                new Retention.Rows("relayed events", "caregate.outbox_event", "id", "published_at < ?"));
    }
}
