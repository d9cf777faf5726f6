package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A booking without an account for the name and email of a patient the clinic already knows (issue 11, finding
 * 1): it is booked for that patient, but the caller reads back only the booking's confirmation and changes
 * nothing of the patient's record, and the appointment type's group restriction still holds (ADR 16).
 */
class AnonymousCheckoutIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String CHECKOUT_READING_EVERYTHING = """
            mutation($t: String, $d: String, $f: String, $l: String, $e: String, $ph: String, $p: String) {
              completeCheckout(input: {appointment_type_id: $t, contact_type: "Healthie Video Call", date: $d,
                timezone: "America/New_York", first_name: $f, last_name: $l, email: $e, phone_number: $ph,
                provider_id: $p}) {
                appointment { id date contact_type pm_status notes location user_id created_at
                  user { id dob phone_number email } attendees { id dob phone_number }
                  provider { id full_name email phone_number } providers { id full_name email }
                  appointment_type { id name length } }
                messages { field message } } }""";
    private static final String PATIENT = """
            query($id: ID) { user(id: $id) { phone_number dob user_group_id timezone } }""";

    @Test
    void aBookingForAKnownPatientReadsBackOnlyItsConfirmationAndChangesNothingOfTheRecord() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String email = "known." + Api.unique() + "@example.org";
        String patient = knownPatient(clinic, email);
        String before = data(clinic.key, PATIENT, vars("id", patient)).getJsonObject("user").toString();
        String group = group(clinic, "Intake");
        String type = data(clinic.key, """
                mutation($g: String) { createAppointmentType(input: {name: "Intake", length: 30, clients_can_book: true,
                  user_group_id: $g}) { appointmentType { id } } }""", vars("g", group))
                .getJsonObject("createAppointmentType").getJsonObject("appointmentType").getString("id");
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "11 00");

        JsonObject booked = data(null, CHECKOUT_READING_EVERYTHING, vars("t", type,
                "d", clinic.slots(type, monday, monday, NEW_YORK).get(0), "f", "Known", "l", "Patient", "e", email,
                "ph", "+1 646 555 0199", "p", clinic.providerId)).getJsonObject("completeCheckout");

        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        JsonObject appointment = booked.getJsonObject("appointment");
        assertThat(appointment.getString("id")).isNotBlank();
        assertThat(appointment.getString("contact_type")).isEqualTo("Healthie Video Call");
        assertThat(appointment.getJsonObject("appointment_type").getString("id")).isEqualTo(type);
        assertThat(appointment.getJsonObject("provider").getString("id")).isEqualTo(clinic.providerId);
        assertThat(appointment.getJsonObject("provider").getString("full_name")).isEqualTo("Olivia Owner");
        assertThat(appointment.getJsonObject("provider").isNull("email")).isTrue();
        assertThat(appointment.getJsonObject("provider").isNull("phone_number")).isTrue();
        for (String field : List.of("user", "pm_status", "notes", "location", "user_id", "created_at")) {
            assertThat(appointment.isNull(field)).as(field).isTrue();
        }
        assertThat(appointment.getJsonArray("attendees")).isEmpty();
        assertThat(appointment.getJsonArray("providers")).hasSize(1);
        assertThat(booked.toString()).doesNotContain("1990-04-02").doesNotContain("555 0100").doesNotContain(email);

        assertThat(data(clinic.key, PATIENT, vars("id", patient)).getJsonObject("user").toString())
                .as("the record, its group included, is as it was").isEqualTo(before);
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id, filter: \"all\") }",
                vars("id", patient)).getInt("appointmentsCount")).as("booked for the known patient").isEqualTo(1);
    }

    @Test
    void aKnownPatientOutsideTheGroupsATypeIsRestrictedToCannotBookItWithoutAnAccount() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String email = "outside." + Api.unique() + "@example.org";
        String patient = knownPatient(clinic, email);
        String members = group(clinic, "Members");
        String type = data(clinic.key, """
                mutation($g: String) { createAppointmentType(input: {name: "Members only", length: 30,
                  clients_can_book: true, specific_groups: true, bookable_group_ids: $g, bookable_without_group: false})
                  { appointmentType { id } messages { field message } } }""", vars("g", members))
                .getJsonObject("createAppointmentType").getJsonObject("appointmentType").getString("id");
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "10 00");
        String slot = clinic.slots(type, monday, monday, NEW_YORK).get(0);

        JsonObject refused = data(null, CHECKOUT_READING_EVERYTHING, vars("t", type, "d", slot, "f", "Known",
                "l", "Patient", "e", email, "p", clinic.providerId)).getJsonObject("completeCheckout");

        assertThat(refused.isNull("appointment")).isTrue();
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("This appointment type is not available to you");
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id, filter: \"all\") }",
                vars("id", patient)).getInt("appointmentsCount")).isZero();
        assertThat(clinic.slots(type, monday, monday, NEW_YORK)).contains(slot);
    }

    private static String knownPatient(Clinic clinic, String email) {
        String id = Fixtures.createClient(clinic.key, "Known", "Patient", email);
        JsonObject updated = data(clinic.key, """
                mutation($id: ID) { updateClient(input: {id: $id, dob: "1990-04-02", phone_number: "+1 212 555 0100"})
                  { user { id } messages { field message } } }""", vars("id", id)).getJsonObject("updateClient");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        return id;
    }

    private static String group(Clinic clinic, String name) {
        return data(clinic.key, "mutation($n: String) { createGroup(input: {name: $n}) { user_group { id } } }",
                vars("n", name)).getJsonObject("createGroup").getJsonObject("user_group").getString("id");
    }
}
