package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * Nothing promised is lost when WildFly is killed ({@code kill -9}): a delivery in flight is sent again after the
 * restart under the same delivery id, a delivery waiting for its retry is retried, and an event committed just
 * before the kill is still delivered; a reminder due while the server is down goes out once after the restart, and
 * so does the request a recurring form owes for an occurrence that fell due while the server was down, and an
 * encounter report ordered just before the kill is generated after the restart (its queued message is durable), and
 * a recurring payment's period that Stripe charged but had not yet answered is recorded after the restart from
 * Stripe's answer to the same key — charged once.
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
            String asked = Fixtures.createClient(clinic.key, "Asked", "Weekly", "weekly." + Api.unique() + "@example.org");
            String recurring = recurringFormRequest(clinic.key, asked);
            dueWhileDown(recurring);
            // an encounter report ordered just before the kill: its generation waits in the broker's journal
            String report = Api.json(EncounterReportsIT.order(clinic.key, "2026-01-01T00:00:00+00:00",
                    "2026-01-31T23:59:59+00:00", EncounterReportsIT.builtInPreset(clinic.key),
                    EncounterReportsIT.SEED_PASSWORD).body()).getString("id");

            // a recurring payment's period charged at Stripe, its answer not yet back, when the server is killed
            BillingRecurringIT.Purchase charging = BillingRecurringIT.periodChargedButUnanswered(clinic);

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
            assertThat(EncounterReportsIT.awaitStatus(clinic.key, report, AFTER_RESTART)).isEqualTo("completed");
            assertThat(EncounterReportsIT.sealedPassword(report)).as("wiped after generation").isNull();
            FormRequestsIT.awaitRequests(clinic.key, asked, 2);
            assertThat(occurrencesSent(recurring)).as("the occurrence due while the server was down, sent once")
                    .isEqualTo(1);
            BillingRecurringIT.assertSettledOnce(clinic.key, charging);
        }
    }

    /** A weekly form request to the patient; returns its recurring form's id (the first request goes out at once). */
    private static String recurringFormRequest(String key, String patient) {
        String form = FormRequestsIT.template(key, "Weekly check-in " + Api.unique());
        JsonObject created = Api.data(key, Fixtures.seedExample("001-forms-createRequestedFormCompletion.graphql"),
                Api.vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Weekly",
                        "period", "AM", "minute", "30", "hour", "9", "weekday", "Friday"))
                .getJsonObject("createRequestedFormCompletion");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return Api.data(key, FormRequestsIT.READ, Api.vars("u", patient)).getJsonArray("requestedFormCompletions")
                .getJsonObject(0).getString("recurring_form_id");
    }

    /** Moves the recurrence's next occurrence to five seconds from now: after the kill, before the restart ends. */
    private static void dueWhileDown(String recurring) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement update = db.prepareStatement(
                "UPDATE forms.recurring_request SET next_occurrence_at = now() + interval '5 seconds' WHERE id = ?")) {
            update.setLong(1, Long.parseLong(recurring));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static long occurrencesSent(String recurring) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM forms.requested_completion WHERE recurring_request_id = ?"
                        + " AND occurrence_at IS NOT NULL")) {
            count.setLong(1, Long.parseLong(recurring));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
