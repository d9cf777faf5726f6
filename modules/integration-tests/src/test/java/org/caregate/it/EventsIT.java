package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain events: written to the outbox in the change's own transaction, relayed to the JMS topic caregate.events
 * (a hospital consumer — the probe's MDB — receives them), never for a change that was refused, and never twice
 * even when the relay sends an event again.
 */
class EventsIT {

    /**
     * The probe's subscription to the topic starts a moment after its deployment, and a topic delivers only what is
     * published after one subscribes: wait until an event reaches it.
     */
    @org.junit.jupiter.api.BeforeAll
    static void consumerSubscribed() throws InterruptedException {
        Clinic clinic = Clinic.open("UTC");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String patient = Fixtures.createClient(clinic.key, "Warm", "Up" + Api.unique(), "warm." + Api.unique() + "@example.org");
            for (int i = 0; i < 15; i++) {
                if (received("patient.created:" + patient) > 0) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the probe never subscribed to caregate.events");
    }

    private static int received(String key) {
        return Integer.parseInt(Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/received/events/" + key)).GET()).body());
    }

    private static String payload(String key) {
        return Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/event/" + key)).GET()).body();
    }

    private static void awaitReceived(String key, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received(key) < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(received(key)).as("events " + key).isEqualTo(count);
    }

    static long count(String sql, Object... parameters) {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCreatedPatientAndABookedAppointmentReachTheTopicOnce() throws Exception {
        Clinic clinic = Clinic.open("America/New_York");
        String patient = Fixtures.createClient(clinic.key, "Eve", "Vent" + Api.unique(), "eve." + Api.unique() + "@example.org");
        awaitReceived("patient.created:" + patient, 1);
        String body = payload("patient.created:" + patient);
        assertThat(body).contains("\"type\":\"patient.created\"", "\"resourceType\":\"patient\"",
                "\"resourceId\":\"" + patient + "\"", "\"occurredAt\":", "\"requestId\":", "|eventType=patient.created");

        String type = clinic.appointmentType("Consultation", 30);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "10 00");
        String appointment = clinic.checkout(type, clinic.slots(type, monday, monday, "America/New_York").get(0),
                "America/New_York", "booker." + Api.unique() + "@example.org").getJsonObject("appointment").getString("id");
        awaitReceived("appointment.created:" + appointment, 1);

        JsonObject marked = data(clinic.key, "mutation($id: ID) { updateAppointment(input: {id: $id, pm_status: \"No-Show\"}) "
                + "{ appointment { id } } }", vars("id", appointment));
        assertThat(marked.getJsonObject("updateAppointment").getJsonObject("appointment")).isNotNull();
        awaitReceived("appointment.no_show:" + appointment, 1);
    }

    @Test
    void refusedChangesLeaveNoEventAndRacingBookingsOnlyTheWinnersEvent() throws Exception {
        Clinic clinic = Clinic.open("America/New_York");
        long organization = Long.parseLong(data(clinic.key, "{ organization { id } }", null).getJsonObject("organization")
                .getString("id"));
        data(clinic.key, "mutation { createClient(input: {first_name: \"\"}) { user { id } messages { field } } }", null);
        String type = clinic.appointmentType("Consultation", 60);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        String slot = clinic.slots(type, monday, monday, "America/New_York").get(0);
        List<JsonObject> answers = Concurrently.run(12, i -> clinic.checkout(type, slot, "America/New_York",
                "racer" + i + "." + Api.unique() + "@example.org"));
        assertThat(answers.stream().filter(a -> a.isNull("messages"))).hasSize(1);
        assertThat(count("SELECT count(*) FROM caregate.outbox_event WHERE organization_id = ? AND type = 'appointment.created'",
                organization)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM caregate.outbox_event WHERE organization_id = ? AND type = 'patient.created'",
                organization)).as("only the winner was registered").isEqualTo(1);
    }

    @Test
    void anEventSentAgainByTheRelayIsDroppedAsADuplicate() throws Exception {
        Clinic clinic = Clinic.open("America/New_York");
        String patient = Fixtures.createClient(clinic.key, "Dup", "Licate" + Api.unique(), "dup." + Api.unique() + "@example.org");
        String key = "patient.created:" + patient;
        awaitReceived(key, 1);
        try (Connection db = TestServer.get().connectToDatabase();
             PreparedStatement again = db.prepareStatement("UPDATE caregate.outbox_event SET published_at = NULL"
                     + " WHERE type = 'patient.created' AND payload LIKE ?")) {
            again.setString(1, "%\"resourceId\":\"" + patient + "\"%");
            assertThat(again.executeUpdate()).isEqualTo(1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count("SELECT count(*) FROM caregate.outbox_event WHERE published_at IS NULL AND payload LIKE ?",
                "%\"resourceId\":\"" + patient + "\"%") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1500);
        assertThat(received(key)).as("the broker dropped the second copy").isEqualTo(1);
    }
}
