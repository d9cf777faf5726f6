package org.caregate.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.identity.infrastructure.SessionRetention;
import org.caregate.outreach.infrastructure.OutreachRetention;
import org.caregate.webhooks.infrastructure.WebhookRetention;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hourly purges against PostgreSQL (issue 11, finding 12: nothing pruned these tables): finished webhook
 * deliveries with their attempts, outreach messages, consumed-event ids and ended sign-in sessions older than the
 * retention go; pending work, live sessions, API keys and recent rows stay.
 */
@ExtendWith(ContainerServer.class)
@ExtendWith(ArquillianExtension.class)
class RetentionInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withContexts(RetentionInContainerIT.class, "identity.jar", "forms.jar", "scheduling.jar",
                "visits.jar", "episodes.jar", "webhooks.jar", "outreach.jar", "billing.jar");
    }

    @EJB
    WebhookRetention webhooks;

    @EJB
    OutreachRetention outreach;

    @EJB
    SessionRetention sessions;

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource database;

    @Test
    void signInSessionsThatEndedLongAgoArePurgedAndLiveOnesAndApiKeysStay() throws Exception {
        long expired = credential("SESSION", "now() - interval '100 days'", null);
        long signedOut = credential("SESSION", "now() + interval '1 day'", "now() - interval '120 days'");
        long live = credential("SESSION", "now() + interval '1 hour'", null);
        long recentlyEnded = credential("SESSION", "now() - interval '3 days'", null);
        long revokedKey = credential("API_KEY", null, "now() - interval '200 days'");

        sessions.purge();

        assertThat(count("identity.api_key", "id", expired)).isZero();
        assertThat(count("identity.api_key", "id", signedOut)).isZero();
        assertThat(count("identity.api_key", "id", live)).isEqualTo(1);
        assertThat(count("identity.api_key", "id", recentlyEnded)).isEqualTo(1);
        assertThat(count("identity.api_key", "id", revokedKey)).isEqualTo(1);
    }

    @Test
    void finishedWebhookHistoryOlderThanTheRetentionIsPurgedAndPendingDeliveriesStay() throws Exception {
        UUID subscription = UUID.randomUUID();
        update("INSERT INTO webhooks.subscription (id, organization_id, style, url, event_types, secret)"
                + " VALUES (?, 1, 'healthie', 'https://example.org/hook', '{patient.created}', 's')", subscription);
        UUID oldDelivered = delivery(subscription, "delivered", "now() - interval '200 days'");
        UUID oldPending = delivery(subscription, "pending", "now() - interval '200 days'");
        UUID recentFailed = delivery(subscription, "failed", "now() - interval '1 day'");
        update("INSERT INTO webhooks.delivery_attempt (delivery_id, attempted_at, latency_ms) VALUES (?, now(), 5)",
                oldDelivered);
        UUID oldEvent = UUID.randomUUID();
        update("INSERT INTO webhooks.inbox (event_id, consumed_at) VALUES (?, now() - interval '200 days')", oldEvent);

        webhooks.purge();

        assertThat(count("webhooks.delivery", "id", oldDelivered)).isZero();
        assertThat(count("webhooks.delivery_attempt", "delivery_id", oldDelivered)).isZero();
        assertThat(count("webhooks.delivery", "id", oldPending)).isEqualTo(1);
        assertThat(count("webhooks.delivery", "id", recentFailed)).isEqualTo(1);
        assertThat(count("webhooks.inbox", "event_id", oldEvent)).isZero();
    }

    @Test
    void finishedOutreachMessagesOfLongPastVisitsArePurgedAndPendingOnesStay() throws Exception {
        UUID sent = message("sent", "now() - interval '200 days'");
        UUID pending = message("pending", "now() - interval '200 days'");
        UUID recent = message("withdrawn", "now() - interval '2 days'");

        outreach.purge();

        assertThat(count("outreach.message", "id", sent)).isZero();
        assertThat(count("outreach.message", "id", pending)).isEqualTo(1);
        assertThat(count("outreach.message", "id", recent)).isEqualTo(1);
    }

    private long credential(String kind, String expiresAt, String revokedAt) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO identity.api_key (user_id, organization_id, kind, displayable_key, secret_hash, expires_at,"
                        + " revoked_at) SELECT id, organization_id, ?, 'cg_test', ?, " + expiresAt + ", " + revokedAt
                        + " FROM identity.app_user ORDER BY id LIMIT 1 RETURNING id")) {
            insert.setString(1, kind);
            insert.setBytes(2, UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private UUID delivery(UUID subscription, String status, String createdAt) throws Exception {
        UUID id = UUID.randomUUID();
        update("INSERT INTO webhooks.delivery (id, subscription_id, event_id, event_type, payload, status, created_at,"
                + " next_attempt_at) VALUES (?, ?, ?, 'patient.created', '{}', '" + status + "', " + createdAt
                + ", now() + interval '1 day')", id, subscription, UUID.randomUUID());
        return id;
    }

    private UUID message(String status, String visitStartsAt) throws Exception {
        UUID id = UUID.randomUUID();
        update("INSERT INTO outreach.message (id, visit_kind, visit_id, organization_id, purpose, channel, recipient,"
                + " sequence, visit_starts_at, due_at, status) VALUES (?, 'appointment', ?, 1, 'confirmation', 'email',"
                + " 'pat@example.org', 0, " + visitStartsAt + ", " + visitStartsAt + ", '" + status + "')",
                id, UUID.randomUUID().toString());
        return id;
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private long count(String table, String column, Object id) throws Exception {
        try (Connection db = database.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
