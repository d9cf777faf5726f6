package org.caregate.webhooks.infrastructure;

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
 * Every hour, deletes what webhooks keep no longer than the retention ({@code CAREGATE_RETENTION_DAYS}, 90): finished
 * deliveries (delivered or failed) with their attempts, and the ids of events consumed before the cut-off.
 * Pending deliveries are never purged.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    private static final String FINISHED_BEFORE = "status IN ('delivered', 'failed') AND created_at < ?";

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caregate.retention-days", defaultValue = "90")
    String retentionDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        Retention.purgeAll(dataSource, retentionDays, LOG, "Webhook history",
                new Retention.Rows("delivery attempts", "webhooks.delivery_attempt", "id",
                        "delivery_id IN (SELECT id FROM webhooks.delivery WHERE " + FINISHED_BEFORE + ")"),
                new Retention.Rows("finished deliveries", "webhooks.delivery", "id", FINISHED_BEFORE),
                new Retention.Rows("consumed event ids", "webhooks.inbox", "event_id", "consumed_at < ?"));
    }
}
