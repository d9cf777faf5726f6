package org.caregate.outreach.infrastructure;

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
 * Every hour, deletes what outreach keeps no longer than the retention ({@code CAREGATE_RETENTION_DAYS}, 90):
 * messages sent, failed or withdrawn for visits that started before the cut-off, and the ids of events consumed
 * before it. Pending messages are never purged.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutreachRetention {

    private static final Logger LOG = Logger.getLogger(OutreachRetention.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caregate.retention-days", defaultValue = "90")
    String retentionDays;

    @Schedule(hour = "*", minute = "27", persistent = false)
    public void purge() {
        Retention.purgeAll(dataSource, retentionDays, LOG, "Outreach history",
                new Retention.Rows("outreach messages", "outreach.message", "id",
                        "status IN ('sent', 'failed', 'withdrawn') AND visit_starts_at < ?"),
                new Retention.Rows("consumed event ids", "outreach.inbox", "event_id", "consumed_at < ?"));
    }
}
