package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.caregate.it.webhooks.WebhookReceiver;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;

/**
 * Nothing promised is lost when WildFly is killed ({@code kill -9}): a delivery in flight is sent again after the
 * restart under the same delivery id, a delivery waiting for its retry is retried, and an event committed just
 * before the kill is still delivered; a reminder due while the server is down goes out once after the restart.
 */
class CrashRecoveryIT {

    static final Duration AFTER_RESTART = Duration.ofSeconds(90);

    @Test
    void deliveriesInFlightOrPendingSurviveAKilledServer() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String inFlight = "/in-flight/" + Api.unique();
            String retrying = "/retrying/" + Api.unique();
            receiver.hold(inFlight);
            receiver.answer(retrying, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
            WebhooksIT.subscribe(clinic.key, receiver.url(inFlight), List.of("patient.created"), null, null);
            JsonObject retryingHook = WebhooksIT.subscribe(clinic.key, receiver.url(retrying), List.of("patient.updated"),
                    null, null);

            String held = Fixtures.createClient(clinic.key, "Held", "Delivery", "held." + Api.unique() + "@example.org");
            Received first = receiver.await(inFlight, 1, WebhooksIT.WAIT).get(0);
            String heldDeliveryId = first.header("x-caregate-delivery");
            Api.data(clinic.key, "mutation($id: ID) { updateClient(input: {id: $id, last_name: \"Retried\"}) { user { id } } }",
                    Api.vars("id", held));
            receiver.await(retrying, 1, WebhooksIT.WAIT);
            String late = Fixtures.createClient(clinic.key, "Late", "Event", "late." + Api.unique() + "@example.org");
            String patient = "restart." + Api.unique() + "@patients.example";
            OutreachIT.room(clinic.key, java.time.Instant.now().plusSeconds(15 * 60 + 30), patient, null);
            OutreachIT.awaitMail(patient, 1);

            TestServer.get().killAndRestart();
            receiver.release(inFlight);
            receiver.answerNormally(retrying);

            List<Received> heldAgain = receiver.await(inFlight,
                    r -> heldDeliveryId.equals(r.header("x-caregate-delivery")) && r.at().isAfter(first.at()), 1,
                    AFTER_RESTART);
            assertThat(heldAgain.get(0).body()).isEqualTo(first.body());
            receiver.await(inFlight, r -> r.body().contains("\"resource_id\":" + late + ","), 1, AFTER_RESTART);
            JsonObject delivered = WebhooksIT.awaitDelivery(clinic.key, retryingHook.getString("id"), "delivered");
            assertThat(delivered.getInt("attempts_count")).isGreaterThanOrEqualTo(2);
            assertThat(receiver.at(retrying)).extracting(r -> r.header("x-caregate-delivery"))
                    .containsOnly(delivered.getString("id"));
            java.util.List<jakarta.mail.internet.MimeMessage> mail = OutreachIT.awaitMail(patient, 2);
            assertThat(OutreachIT.subject(mail.get(1))).isEqualTo("Reminder: your video visit starts in fifteen minutes");
            WebhooksIT.sleep(2000);
            assertThat(OutreachIT.mailTo(patient)).as("sent once").hasSize(2);
        }
    }
}
