package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Group appointments with attendees and extra providers, appointment type credits granted through updateClient
 * and checked by booking warnings, and the patient group an appointment type places its bookers in. A group
 * appointment is its provider's to change: one attendee neither moves nor cancels it for everybody.
 */
class GroupAppointmentsAndCreditsIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String CREDITS = """
            mutation($id: ID, $c: [AppointmentTypeCreditInput], $f: String) { updateClient(input: {id: $id, first_name: $f,
              appointment_type_credits_attributes: $c}) { user { id first_name } messages { field message } } }""";

    @Test
    void aGroupAppointmentHoldsItsAttendeesAndEveryProvidersCalendar() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String second = clinic.addProvider(NEW_YORK);
        String type = data(clinic.key, "mutation { createAppointmentType(input: {name: \"Group class\", length: 60, "
                + "is_group: true}) { appointmentType { id is_group } } }", null).getJsonObject("createAppointmentType")
                .getJsonObject("appointmentType").getString("id");
        String ann = Fixtures.createClient(clinic.key, "Ann", "Attendee" + Api.unique(), "ann." + Api.unique() + "@example.org");
        String bob = Fixtures.createClient(clinic.key, "Bob", "Attendee" + Api.unique(), "bob." + Api.unique() + "@example.org");
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(second, 1, monday, "09 00", "12 00");

        JsonObject created = data(clinic.key, """
                mutation($t: String, $a: String, $p: String, $d: String) { createAppointment(input: {appointment_type_id: $t,
                  contact_type: "In Person", attendee_ids: $a, providers: $p, datetime: $d, location: "Room 4"}) {
                  appointment { id is_group location attendees { id } providers { id } user { id } } messages { field message } } }""",
                vars("t", type, "a", ann + "," + bob, "p", second, "d", monday + " 10:00:00")).getJsonObject("createAppointment");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        JsonObject appointment = created.getJsonObject("appointment");
        assertThat(appointment.getBoolean("is_group")).isTrue();
        assertThat(appointment.getString("location")).isEqualTo("Room 4");
        assertThat(appointment.isNull("user")).isTrue();
        assertThat(appointment.getJsonArray("attendees").stream().map(a -> a.asJsonObject().getString("id")))
                .containsExactlyInAnyOrder(ann, bob);
        assertThat(appointment.getJsonArray("providers").stream().map(p -> p.asJsonObject().getString("id")))
                .containsExactly(clinic.providerId, second);

        // the additional provider's calendar is held too
        JsonArray slots = data(null, Clinic.SLOTS, vars("p", second, "t", type, "s", monday.toString(), "e", monday.toString(),
                "tz", NEW_YORK)).getJsonArray("availableSlotsForRange");
        assertThat(slots.stream().map(s -> s.asJsonObject().getString("date")))
                .noneMatch(date -> date.startsWith(monday + " 10:00") || date.startsWith(monday + " 09:30")
                        || date.startsWith(monday + " 10:30"));
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id) }", vars("id", bob))
                .getInt("appointmentsCount")).isEqualTo(1);

        JsonObject refused = data(clinic.key, """
                mutation($t: String, $p: String, $d: String, $me: String) { createAppointment(input: {appointment_type_id: $t,
                  contact_type: "In Person", attendee_ids: "999999999", providers: $p, other_party_id: $me, datetime: $d}) {
                  appointment { id } messages { field message } } }""",
                vars("t", type, "p", clinic.providerId, "me", clinic.providerId, "d", monday + " 11:00:00"))
                .getJsonObject("createAppointment");
        assertThat(refused.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("field")))
                .contains("attendee_ids", "providers");
    }

    @Test
    void anAttendeeNeitherMovesNorCancelsTheGroupAppointmentForEverybody() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Group walk", 60);
        Clinic.Patient ann = clinic.signedInPatient(NEW_YORK);
        Clinic.Patient bob = clinic.signedInPatient(NEW_YORK);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        String id = data(clinic.key, """
                mutation($t: String, $a: String, $d: String) { createAppointment(input: {appointment_type_id: $t,
                  contact_type: "In Person", attendee_ids: $a, datetime: $d, location: "Park gate", notes: "Bring water"}) {
                  appointment { id } } }""", vars("t", type, "a", ann.id() + "," + bob.id(), "d", monday + " 10:00:00"))
                .getJsonObject("createAppointment").getJsonObject("appointment").getString("id");
        String read = "query($id: ID) { appointment(id: $id) { date pm_status location notes contact_type } }";
        JsonObject before = data(clinic.key, read, vars("id", id));

        for (String change : List.of(
                "mutation($id: ID) { deleteAppointment(input: {id: $id}) { messages { field message } } }",
                "mutation($id: ID) { updateAppointment(input: {id: $id, pm_status: \"Cancelled\"}) { messages { field } } }",
                "mutation($id: ID) { updateAppointment(input: {id: $id, location: \"My place\", notes: \"Mine\"}) "
                        + "{ messages { field } } }")) {
            JsonObject answer = Api.graphql(ann.token(), change, vars("id", id));
            assertThat(answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .as(change).isEqualTo("FORBIDDEN");
        }
        assertThat(data(clinic.key, read, vars("id", id))).isEqualTo(before);
        assertThat(data(bob.token(), read, vars("id", id))).as("the other attendee's appointment").isEqualTo(before);
    }

    @Test
    void creditsAreGrantedOnThePatientUsedByAppointmentsAndWarnedAboutWhenShort() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Coaching", 30);
        String patient = Fixtures.createClient(clinic.key, "Cred", "It" + Api.unique(), "credit." + Api.unique() + "@example.org");
        JsonObject granted = data(clinic.key, CREDITS, vars("id", patient, "c", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("appointment_type_id", type).add("total_credits", 1)).build()))
                .getJsonObject("updateClient");
        assertThat(granted.isNull("messages")).as(granted.toString()).isTrue();
        String read = "query($id: ID) { user(id: $id) { appointment_type_credits { appointment_type_id total_credits remaining_credits } } }";
        JsonObject credit = data(clinic.key, read, vars("id", patient)).getJsonObject("user")
                .getJsonArray("appointment_type_credits").getJsonObject(0);
        assertThat(credit.getString("appointment_type_id")).isEqualTo(type);
        assertThat(credit.getInt("remaining_credits")).isEqualTo(1);

        LocalDate monday = SelfSchedulingIT.nextMonday();
        String date = monday.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
        String warnings = "query($t: ID, $p: ID, $d: String, $a: String) { appointmentBookingWarnings(appointment_type_id: $t, "
                + "provider_id: $p, date: $d, time: \"09 00\", attendee_ids: $a) { category potential_issue_ids } }";
        assertThat(data(clinic.key, warnings, vars("t", type, "p", clinic.providerId, "d", date, "a", patient))
                .getJsonArray("appointmentBookingWarnings")).isEmpty();

        data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Phone Call", datetime: $d}) { appointment { id } } }""",
                vars("u", patient, "t", type, "d", monday + " 14:00:00"));
        assertThat(data(clinic.key, read, vars("id", patient)).getJsonObject("user").getJsonArray("appointment_type_credits")
                .getJsonObject(0).getInt("remaining_credits")).isZero();
        JsonObject deficit = data(clinic.key, warnings, vars("t", type, "p", clinic.providerId, "d", date, "a", patient))
                .getJsonArray("appointmentBookingWarnings").getJsonObject(0);
        assertThat(deficit.getString("category")).isEqualTo("Credit Deficits");
        assertThat(deficit.getJsonArray("potential_issue_ids").getString(0)).isEqualTo(patient);

        // all or nothing: a bad credit entry leaves the name unchanged too
        JsonObject bad = data(clinic.key, CREDITS, vars("id", patient, "f", "Renamed", "c", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("appointment_type_id", "999999999").add("total_credits", 3)).build()))
                .getJsonObject("updateClient");
        assertThat(bad.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("appointment_type_credits_attributes");
        assertThat(data(clinic.key, "query($id: ID) { user(id: $id) { first_name } }", vars("id", patient))
                .getJsonObject("user").getString("first_name")).isEqualTo("Cred");
    }

    @Test
    void bookingATypeThatPlacesPatientsInAGroupPutsTheBookerThere() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String group = data(clinic.key, "mutation { createGroup(input: {name: \"New patients\"}) { user_group { id } } }", null)
                .getJsonObject("createGroup").getJsonObject("user_group").getString("id");
        JsonObject unknownGroup = data(clinic.key, "mutation { createAppointmentType(input: {name: \"Intake\", length: 30, "
                + "user_group_id: \"999999999\"}) { appointmentType { id } messages { field message } } }", null)
                .getJsonObject("createAppointmentType");
        assertThat(unknownGroup.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("user_group_id");
        String type = data(clinic.key, "mutation($g: String) { createAppointmentType(input: {name: \"Intake\", length: 30, "
                + "user_group_id: $g}) { appointmentType { id user_group_id } messages { field message } } }", vars("g", group))
                .getJsonObject("createAppointmentType").getJsonObject("appointmentType").getString("id");
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "10 00");
        String email = "grouped." + Api.unique() + "@example.org";
        JsonObject booked = clinic.checkout(type, clinic.slots(type, monday, monday, NEW_YORK).get(0), NEW_YORK, email);
        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        String patient = data(clinic.key, "query($k: String) { users(keywords: $k) { id } }", vars("k", email))
                .getJsonArray("users").getJsonObject(0).getString("id");
        assertThat(data(clinic.key, "query($id: ID) { user(id: $id) { user_group_id } }", vars("id", patient))
                .getJsonObject("user").getString("user_group_id")).isEqualTo(group);
    }
}
