package org.caregate.outreach.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
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
        Instant cutoff = Instant.now().minus(Retention.keep(retentionDays));
        try {
            long messages = Retention.purge(dataSource, "outreach.message", "id",
                    "status IN ('sent', 'failed', 'withdrawn') AND visit_starts_at < ?", cutoff);
            long consumed = Retention.purge(dataSource, "outreach.inbox", "event_id", "consumed_at < ?", cutoff);
            if (messages + consumed > 0) {
                LOG.infof("Purged %d outreach messages and %d consumed event ids older than %s", messages, consumed,
                        cutoff);
            }
        } catch (SQLException e) {
            LOG.warnf("Outreach history could not be purged now (%s); the next hour tries again", e.getMessage());
        }
    }
}
