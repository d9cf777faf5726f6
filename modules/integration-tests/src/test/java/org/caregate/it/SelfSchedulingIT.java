package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's patient self-scheduling walk-through (steps 1–4, without an account) and patient rescheduling
 * walk-through (steps 1–4, signed in), with the seed's own operations.
 */
class SelfSchedulingIT {

    private static final String NEW_YORK = "America/New_York";

    @Test
    void aPatientWithoutAnAccountFindsATypeADayASlotAndBooksIt() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Initial Consultation", 60);
        data(clinic.key, "mutation { createAppointmentType(input: {name: \"Internal\", length: 30, clients_can_book: false}) "
                + "{ appointmentType { id } } }", null);
        LocalDate monday = nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");

        // 1) appointment types clients can book, with their contact types
        JsonArray types = data(null, seedExample("001-selfScheduling-appointmentTypes.graphql"), vars(
                "provider_id", clinic.providerId, "clients_can_book", true)).getJsonArray("appointmentTypes");
        assertThat(types.stream().map(t -> t.asJsonObject().getString("name")).toList())
                .contains("Initial Consultation").doesNotContain("Internal");
        JsonObject consultation = types.stream().map(t -> t.asJsonObject())
                .filter(t -> t.getString("id").equals(type)).findFirst().orElseThrow();
        assertThat(consultation.getInt("length")).isEqualTo(60);
        String contactType = consultation.getJsonArray("available_contact_types").getString(0);

        // 2) days with open time in the month
        JsonArray days = data(null, seedExample("001-selfScheduling-daysAvailableForRange.graphql"), vars(
                "provider_id", clinic.providerId, "date_from_month", monday.toString(), "timezone", NEW_YORK,
                "appt_type_id", type)).getJsonArray("daysAvailableForRange");
        assertThat(days.getString(0)).isEqualTo(monday.toString());
        assertThat(days.stream().map(d -> LocalDate.parse(((jakarta.json.JsonString) d).getString()).getDayOfWeek()))
                .containsOnly(DayOfWeek.MONDAY);

        // 3) slots of the chosen day
        JsonArray slots = data(null, seedExample("001-selfScheduling-availableSlotsForRange.graphql"), vars(
                "provider_id", clinic.providerId, "start_date", monday.toString(), "end_date", monday.toString(),
                "timezone", NEW_YORK, "appt_type_id", type)).getJsonArray("availableSlotsForRange");
        List<String> dates = slots.stream().map(s -> s.asJsonObject().getString("date")).toList();
        assertThat(dates).hasSize(5).allMatch(d -> d.startsWith(monday.toString()));
        assertThat(dates.get(0)).matches(monday + " 09:00:00 E[SD]T -0[45]:00");
        JsonObject slot = slots.getJsonObject(1);
        assertThat(slot.getString("user_id")).isEqualTo(clinic.providerId);

        // 4) book it: the patient is registered on the fly
        String email = "new.patient." + Api.unique() + "@example.org";
        JsonObject booked = data(null, seedExample("001-selfScheduling-completeCheckout.graphql"), vars(
                "appointment_type_id", type, "contact_type", contactType, "date", slot.getString("date"),
                "timezone", NEW_YORK, "first_name", "New", "last_name", "Patient", "email", email,
                "phone_number", "+1 212 555 0100", "provider_id", slot.getString("user_id")))
                .getJsonObject("completeCheckout");
        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        JsonObject appointment = booked.getJsonObject("appointment");
        assertThat(appointment.getJsonObject("provider").getString("id")).isEqualTo(clinic.providerId);
        assertThat(appointment.getString("contact_type")).isEqualTo(contactType);
        assertThat(appointment.getJsonObject("appointment_type").getInt("length")).isEqualTo(60);

        // the slot is gone, the patient exists, and booking again with the same email and name matches them
        assertThat(clinic.slots(type, monday, monday, NEW_YORK)).doesNotContain(slot.getString("date"));
        JsonArray patients = data(clinic.key, "query($k: String) { users(keywords: $k) { id email } }",
                vars("k", email)).getJsonArray("users");
        assertThat(patients).hasSize(1);
        String later = clinic.slots(type, monday, monday, NEW_YORK).get(1);
        JsonObject again = data(null, seedExample("001-selfScheduling-completeCheckout.graphql"), vars(
                "appointment_type_id", type, "contact_type", contactType, "date", later, "timezone", NEW_YORK,
                "first_name", "New", "last_name", "Patient", "email", email, "provider_id", clinic.providerId))
                .getJsonObject("completeCheckout");
        assertThat(again.isNull("messages")).as(again.toString()).isTrue();
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id, filter: \"all\") }",
                vars("id", patients.getJsonObject(0).getString("id"))).getInt("appointmentsCount")).isEqualTo(2);
    }

    @Test
    void aSignedInPatientFindsTheirAppointmentAndMovesItToAnotherSlot() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Follow-up", 30);
        LocalDate monday = nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "11 00");
        Clinic.Patient patient = clinic.signedInPatient(NEW_YORK);
        String first = clinic.slots(type, monday, monday, NEW_YORK).get(0);
        JsonObject booked = data(patient.token(), Clinic.CHECKOUT, vars("t", type, "c", "Healthie Video Call",
                "d", first, "p", clinic.providerId)).getJsonObject("completeCheckout");
        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        assertThat(booked.getJsonObject("appointment").getJsonObject("user").getString("id")).isEqualTo(patient.id());

        // 1) the upcoming active appointment, with its provider and type
        JsonObject upcoming = data(patient.token(), seedExample("001-rescheduling-appointments.graphql"), vars(
                "filter", "upcoming", "should_paginate", true, "is_active", true));
        assertThat(upcoming.getInt("appointmentsCount")).isEqualTo(1);
        JsonObject appointment = upcoming.getJsonArray("appointments").getJsonObject(0);
        String appointmentId = appointment.getString("id");
        assertThat(appointment.getString("other_party_id")).isEqualTo(clinic.providerId);
        assertThat(appointment.getString("appointment_type_id")).isEqualTo(type);

        // 2) days: the appointment being moved does not block its own time
        JsonArray days = data(patient.token(), seedExample("001-rescheduling-daysAvailableForRange.graphql"), vars(
                "provider_id", clinic.providerId, "date_from_month", monday.toString(), "timezone", NEW_YORK,
                "appt_type_id", type, "appointment_to_reschedule_id", appointmentId)).getJsonArray("daysAvailableForRange");
        assertThat(days.getString(0)).isEqualTo(monday.toString());

        // 3) slots include the appointment's own time again
        JsonArray slots = data(patient.token(), seedExample("001-rescheduling-availableSlotsForRange.graphql"), vars(
                "provider_id", clinic.providerId, "start_date", monday.toString(), "end_date", monday.toString(),
                "timezone", NEW_YORK, "appt_type_id", type, "appointment_to_reschedule_id", appointmentId))
                .getJsonArray("availableSlotsForRange");
        List<String> dates = slots.stream().map(s -> s.asJsonObject().getString("date")).toList();
        assertThat(dates).contains(first).hasSize(4);

        // 4) move it (the seed's example repaired as in SchedulingSeedExamplesIT)
        String target = dates.get(3);
        JsonObject moved = data(patient.token(), rescheduling(), vars("client_updating", true, "datetime", target,
                "id", appointmentId)).getJsonObject("updateAppointment");
        assertThat(moved.isNull("messages")).as(moved.toString()).isTrue();
        assertThat(clinic.slots(type, monday, monday, NEW_YORK)).contains(first).doesNotContain(target);

        // a slot taken meanwhile comes back in messages, and nothing changes
        String taken = clinic.slots(type, monday, monday, NEW_YORK).get(0);
        assertThat(clinic.checkout(type, taken, NEW_YORK, "other." + Api.unique() + "@example.org")
                .isNull("messages")).isTrue();
        JsonObject refused = data(patient.token(), rescheduling(), vars("client_updating", true, "datetime", taken,
                "id", appointmentId)).getJsonObject("updateAppointment");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("This time slot is no longer available. Please choose another time.");
        assertThat(data(patient.token(), "query($id: ID) { appointment(id: $id) { date } }", vars("id", appointmentId))
                .getJsonObject("appointment").getString("date")).isEqualTo(moved.getJsonObject("appointment").getString("date"));
    }

    static String rescheduling() {
        return seedExample("001-rescheduling-updateAppointment.graphql").replace("input: {\n$client_updating: Boolean,\n"
                + "$datetime: String,\n$id: ID,\n}", "input: {\nclient_updating: $client_updating,\ndatetime: $datetime,\nid: $id,\n}");
    }

    static LocalDate nextMonday() {
        return LocalDate.now(ZoneId.of(NEW_YORK)).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    }
}
