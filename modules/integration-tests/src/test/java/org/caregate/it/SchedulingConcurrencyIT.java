package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No double booking, whatever the concurrency: racing bookings and reschedules for one slot leave exactly one
 * appointment, and the database itself refuses two overlapping active appointments of one provider.
 */
class SchedulingConcurrencyIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String SLOT_TAKEN = "This time slot is no longer available. Please choose another time.";

    @Test
    void thirtyTwoPatientsRacingForOneSlotLeaveExactlyOneAppointment() throws Exception {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 60);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        String slot = clinic.slots(type, monday, monday, NEW_YORK).get(0);

        List<JsonObject> answers = Concurrently.run(32, i -> clinic.checkout(type, slot, NEW_YORK,
                "racer" + i + "." + Api.unique() + "@example.org"));

        assertThat(answers.stream().filter(a -> a.isNull("messages"))).hasSize(1);
        assertThat(answers.stream().filter(a -> !a.isNull("messages")))
                .hasSize(31)
                .allSatisfy(a -> assertThat(a.getJsonArray("messages").getJsonObject(0).getString("message"))
                        .isEqualTo(SLOT_TAKEN));
        assertThat(activeAppointmentsOf(clinic.providerId)).isEqualTo(1);
    }

    @Test
    void aRescheduleRacingBookingsForTheSameSlotLeavesOneAppointmentThere() throws Exception {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 60);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        List<String> slots = clinic.slots(type, monday, monday, NEW_YORK);
        Clinic.Patient mover = clinic.signedInPatient(NEW_YORK);
        String moving = data(mover.token(), Clinic.CHECKOUT, vars("t", type, "c", "Healthie Video Call", "d", slots.get(0),
                "p", clinic.providerId)).getJsonObject("completeCheckout").getJsonObject("appointment").getString("id");
        String contested = slots.get(slots.size() - 1);

        List<JsonObject> answers = Concurrently.run(16, i -> i == 0
                ? data(mover.token(), SelfSchedulingIT.rescheduling(), vars("client_updating", true, "datetime", contested,
                        "id", moving)).getJsonObject("updateAppointment")
                : clinic.checkout(type, contested, NEW_YORK, "booker" + i + "." + Api.unique() + "@example.org"));

        assertThat(answers.stream().filter(a -> a.isNull("messages"))).hasSize(1);
        assertThat(answers.stream().filter(a -> !a.isNull("messages"))).hasSize(15);
        // the mover's appointment either moved into the slot (one left) or stayed where it was beside the winner's
        boolean moved = answers.get(0).isNull("messages");
        assertThat(activeAppointmentsOf(clinic.providerId)).isEqualTo(moved ? 1 : 2);
        try (Connection db = TestServer.get().connectToDatabase();
             PreparedStatement overlaps = db.prepareStatement("""
                     SELECT count(*) FROM scheduling.appointment a JOIN scheduling.appointment b
                       ON a.provider_id = b.provider_id AND a.id < b.id
                      AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                     WHERE a.provider_id = ? AND a.deleted_at IS NULL AND b.deleted_at IS NULL""")) {
            overlaps.setLong(1, Long.parseLong(clinic.providerId));
            try (ResultSet row = overlaps.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
        }
    }

    @Test
    void theDatabaseRefusesOverlappingActiveAppointmentsButKeepsStaffOverbookingsAndCancelledOnes() throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); Statement sql = db.createStatement()) {
            String insert = "INSERT INTO scheduling.appointment (organization_id, provider_id, starts_at, ends_at, timezone, "
                    + "pm_status, overbooked) VALUES (999999, 999999, '2030-01-07 09:00Z', '2030-01-07 10:00Z', 'UTC', ";
            sql.executeUpdate(insert + "NULL, false)");
            assertThatThrownBy(() -> sql.executeUpdate(insert.replace("09:00Z", "09:30Z").replace("10:00Z", "10:30Z")
                    + "NULL, false)")).hasMessageContaining("appointment_no_double_booking");
            sql.executeUpdate(insert + "'Cancelled', false)");
            sql.executeUpdate(insert + "NULL, true)");
            sql.executeUpdate("INSERT INTO scheduling.appointment (organization_id, provider_id, starts_at, ends_at, timezone)"
                    + " VALUES (999999, 999999, '2030-01-07 10:00Z', '2030-01-07 11:00Z', 'UTC')");
            sql.executeUpdate("DELETE FROM scheduling.appointment WHERE provider_id = 999999");
        }
    }

    @Test
    void staffMayOverbookOnPurposeButPatientsStillFindTheTimeTaken() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 60);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        String slot = clinic.slots(type, monday, monday, NEW_YORK).get(0);
        assertThat(clinic.checkout(type, slot, NEW_YORK, "first." + Api.unique() + "@example.org").isNull("messages")).isTrue();
        String patient = Fixtures.createClient(clinic.key, "Over", "Booked" + Api.unique(), "over." + Api.unique() + "@example.org");
        JsonObject overbooked = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "In Person", datetime: $d}) { appointment { id } messages { field message } } }""",
                vars("u", patient, "t", type, "d", slot)).getJsonObject("createAppointment");
        assertThat(overbooked.isNull("messages")).as(overbooked.toString()).isTrue();
        assertThat(activeAppointmentsOf(clinic.providerId)).isEqualTo(2);
        assertThat(clinic.checkout(type, slot, NEW_YORK, "third." + Api.unique() + "@example.org")
                .getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo(SLOT_TAKEN);
    }

    private static int activeAppointmentsOf(String providerId) {
        try (Connection db = TestServer.get().connectToDatabase();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM scheduling.appointment WHERE provider_id = ?"
                     + " AND deleted_at IS NULL AND (pm_status IS NULL OR pm_status = 'Occurred')")) {
            count.setLong(1, Long.parseLong(providerId));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
