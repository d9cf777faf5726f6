package org.caregate.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.event.PublishedEvent;
import org.caregate.webhooks.api.WebhookFacade;
import org.caregate.webhooks.api.WebhookRequest;
import org.caregate.webhooks.application.EventFanOutBean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks' consumption of the events topic inside the server: the fan-out writes its inbox row and its deliveries in
 * the transaction of the message that brought the event (the MDB's), so a consumption that rolls back forgets the
 * event and the broker's redelivery does it again. Delivery over the broker itself, duplicates and dead letters are
 * proven black-box (WebhooksIT, EventsIT, JmsIT).
 */
@ExtendWith(ContainerServer.class)
@ExtendWith(ArquillianExtension.class)
class WebhooksInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withContexts(WebhooksInContainerIT.class, "identity.jar", "forms.jar", "scheduling.jar",
                "visits.jar", "webhooks.jar");
    }

    @EJB
    WebhookFacade webhooks;

    @EJB
    EventFanOutBean fanOut;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource database;

    private long organization;

    @BeforeEach
    void subscribe() throws Exception {
        long[] owner = Rows.owner(database);
        organization = owner[1];
        Caller caller = new Caller(owner[0], organization, Role.PROVIDER, new Privileges(true, true, false, true, true, true),
                "container-test", "127.0.0.1");
        webhooks.subscribe(caller, new WebhookRequest("healthie", "http://127.0.0.1:9/hooks/" + UUID.randomUUID(),
                List.of("patient.created"), false, false, null));
    }

    @Test
    void aConsumptionThatRollsBackForgetsTheEventAndItsDeliveries() throws Exception {
        PublishedEvent event = patientCreated();
        transaction.begin();
        assertThat(fanOut.fanOut(event)).isPositive();
        transaction.rollback();
        assertThat(rows("webhooks.inbox", event.id())).isZero();
        assertThat(rows("webhooks.delivery", event.id())).isZero();

        transaction.begin();
        int redelivered = fanOut.fanOut(event);
        transaction.commit();
        assertThat(redelivered).isPositive();
        assertThat(rows("webhooks.inbox", event.id())).isEqualTo(1);
        assertThat(rows("webhooks.delivery", event.id())).isEqualTo(redelivered);
    }

    private PublishedEvent patientCreated() {
        return new PublishedEvent(UUID.randomUUID(), "patient.created", Instant.now(), "patient", "42", organization,
                List.of());
    }

    private long rows(String table, UUID eventId) throws Exception {
        try (Connection db = database.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
