package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Booking rules are enforced, not just stored; bad input is refused in the contract's shape and changes nothing;
 * one practice never sees or books into another's calendar.
 */
class SchedulingRulesIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String DELETE = "mutation($id: ID) { deleteAppointment(input: {id: $id}) { appointment { id pm_status } messages { field message } } }";

    @Test
    void aMinimumAdvanceTimeHidesSlotsTooSoonFromPatientsButNotFromStaff() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 60);
        LocalDate tomorrow = LocalDate.now(ZoneId.of(NEW_YORK)).plusDays(1);
        clinic.once(clinic.providerId, tomorrow, "09 00", "11 00");
        clinic.settings("minimum_advance_schedule_time: 4320");
        assertThat(clinic.slots(type, tomorrow, tomorrow, NEW_YORK)).isEmpty();
        JsonArray staffView = data(clinic.key, Clinic.SLOTS, vars("p", clinic.providerId, "t", type,
                "s", tomorrow.toString(), "e", tomorrow.toString(), "tz", NEW_YORK)).getJsonArray("availableSlotsForRange");
        assertThat(staffView).hasSize(3);
        String tooSoon = staffView.getJsonObject(0).getString("date");
        assertThat(clinic.checkout(type, tooSoon, NEW_YORK, "soon." + Api.unique() + "@example.org")
                .getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("date");
    }

    @Test
    void patientsCancelAndRescheduleOnlyAsTheSettingsAllow() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 30);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        clinic.settings("allow_clients_to_cancel_appt: false, allow_clients_to_reschedule_appt: false, "
                + "cant_cancel_message: \"Call the front desk to cancel\"");
        Clinic.Patient patient = clinic.signedInPatient(NEW_YORK);
        List<String> slots = clinic.slots(type, monday, monday, NEW_YORK);
        String id = data(patient.token(), Clinic.CHECKOUT, vars("t", type, "c", "Healthie Video Call", "d", slots.get(0),
                "p", clinic.providerId)).getJsonObject("completeCheckout").getJsonObject("appointment").getString("id");

        JsonObject cancel = data(patient.token(), DELETE, vars("id", id)).getJsonObject("deleteAppointment");
        assertThat(cancel.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("Call the front desk to cancel");
        JsonObject move = data(patient.token(), SelfSchedulingIT.rescheduling(), vars("client_updating", true,
                "datetime", slots.get(2), "id", id)).getJsonObject("updateAppointment");
        assertThat(move.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Please contact provider to reschedule");
        JsonObject status = data(patient.token(), "mutation($id: ID) { updateAppointment(input: {id: $id, pm_status: \"Cancelled\"}) "
                + "{ appointment { id } messages { field message } } }", vars("id", id)).getJsonObject("updateAppointment");
        assertThat(status.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("pm_status");
        assertThat(data(patient.token(), "query($id: ID) { appointment(id: $id) { pm_status date } }", vars("id", id))
                .getJsonObject("appointment").isNull("pm_status")).isTrue();

        data(clinic.key, "mutation($id: ID) { updateAppointmentSetting(input: {id: $id, allow_clients_to_cancel_appt: true}) "
                + "{ appointmentSetting { allow_clients_to_cancel_appt } } }", vars("id", data(clinic.key,
                "{ appointmentSetting { id } }", null).getJsonObject("appointmentSetting").getString("id")));
        JsonObject cancelled = data(patient.token(), DELETE, vars("id", id)).getJsonObject("deleteAppointment");
        assertThat(cancelled.isNull("messages")).as(cancelled.toString()).isTrue();
        assertThat(cancelled.getJsonObject("appointment").getString("pm_status")).isEqualTo("Cancelled");
        // cancelled, still visible to the patient, and the slot is free again
        assertThat(data(patient.token(), "query($id: ID) { appointment(id: $id) { pm_status } }", vars("id", id))
                .getJsonObject("appointment").getString("pm_status")).isEqualTo("Cancelled");
        assertThat(clinic.slots(type, monday, monday, NEW_YORK)).contains(slots.get(0));
    }

    @Test
    void providersDeleteStaffMarkOutcomesAndListsFilterByThem() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 30);
        String patient = Fixtures.createClient(clinic.key, "List", "Ed" + Api.unique(), "listed." + Api.unique() + "@example.org");
        LocalDate monday = SelfSchedulingIT.nextMonday();
        String[] ids = new String[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data(clinic.key, """
                    mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                      contact_type: "Phone Call", datetime: $d}) { appointment { id } messages { field message } } }""",
                    vars("u", patient, "t", type, "d", monday + " 1" + i + ":00:00")).getJsonObject("createAppointment")
                    .getJsonObject("appointment").getString("id");
        }
        String past = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Phone Call", datetime: $d}) { appointment { id } } }""",
                vars("u", patient, "t", type, "d", LocalDate.now().minusDays(3) + " 10:00:00"))
                .getJsonObject("createAppointment").getJsonObject("appointment").getString("id");
        String mark = "mutation($id: ID, $s: String) { updateAppointment(input: {id: $id, pm_status: $s}) { appointment { pm_status } messages { field message } } }";
        data(clinic.key, mark, vars("id", ids[1], "s", "No-Show"));
        data(clinic.key, mark, vars("id", ids[2], "s", "Cancelled"));
        JsonObject bad = data(clinic.key, mark, vars("id", ids[3], "s", "Finished")).getJsonObject("updateAppointment");
        assertThat(bad.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("pm_status");
        assertThat(data(clinic.key, DELETE, vars("id", ids[4])).getJsonObject("deleteAppointment").isNull("messages")).isTrue();

        String count = "query($u: ID, $f: String, $a: Boolean, $w: Boolean) { appointmentsCount(user_id: $u, filter: $f, is_active: $a, with_all_statuses: $w) }";
        assertThat(data(clinic.key, count, vars("u", patient)).getInt("appointmentsCount")).isEqualTo(3);
        assertThat(data(clinic.key, count, vars("u", patient, "a", true)).getInt("appointmentsCount")).isEqualTo(2);
        assertThat(data(clinic.key, count, vars("u", patient, "w", true)).getInt("appointmentsCount")).isEqualTo(4);
        assertThat(data(clinic.key, count, vars("u", patient, "f", "didnt-occur")).getInt("appointmentsCount")).isEqualTo(2);
        assertThat(data(clinic.key, count, vars("u", patient, "f", "past")).getInt("appointmentsCount")).isEqualTo(1);
        assertThat(data(clinic.key, count, vars("u", patient, "f", "all", "w", true)).getInt("appointmentsCount")).isEqualTo(5);
        JsonObject unknownFilter = graphql(clinic.key, count, vars("u", patient, "f", "someday"));
        assertThat(unknownFilter.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("BAD_USER_INPUT");

        String page = "query($u: ID, $after: String) { appointments(user_id: $u, filter: \"all\", with_all_statuses: true, "
                + "order_by: \"DATE_ASC\", should_paginate: true, page_size: 2, after: $after) { id cursor } }";
        JsonArray first = data(clinic.key, page, vars("u", patient)).getJsonArray("appointments");
        assertThat(first.stream().map(a -> a.asJsonObject().getString("id")).toList()).containsExactly(past, ids[0]);
        JsonArray second = data(clinic.key, page, vars("u", patient, "after", first.getJsonObject(1).getString("cursor")))
                .getJsonArray("appointments");
        assertThat(second.stream().map(a -> a.asJsonObject().getString("id")).toList()).containsExactly(ids[1], ids[2]);
        assertThat(data(clinic.key, "query($id: ID) { user(id: $id) { next_appt_date } }", vars("id", patient))
                .getJsonObject("user").getString("next_appt_date")).endsWith(" UTC");
    }

    @Test
    void aListOfIdsIsReportedEntryByEntryInItsOrder() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Group", 30);
        JsonObject created = data(clinic.key, """
                mutation($t: String) { createAppointment(input: {appointment_type_id: $t, attendee_ids: "999999999, abc",
                  datetime: "2027-03-01T10:00:00-05:00"}) { appointment { id } messages { field message } } }""",
                vars("t", type)).getJsonObject("createAppointment");
        assertThat(created.isNull("appointment")).isTrue();
        assertThat(created.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("field").equals("attendee_ids")).map(m -> m.getString("message")).toList())
                .containsExactly("Client not found", "is not a valid id");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        Clinic clinic = Clinic.open(NEW_YORK);
        JsonObject type = data(clinic.key, "mutation { createAppointmentType(input: {contact_type_overrides: [\"telepathy\"], "
                + "length: 0}) { appointmentType { id } messages { field message } } }", null).getJsonObject("createAppointmentType");
        assertThat(fields(type)).contains("name", "length", "contact_type_overrides");
        assertThat(data(clinic.key, "{ appointmentTypes(with_deleted_appt_types: true) { id } }", null)
                .getJsonArray("appointmentTypes")).isEmpty();

        JsonObject availability = data(clinic.key, "mutation { createAvailability(input: {range_start: \"2027/08/16\", "
                + "time: \"7.30\", end_time: \"07 00\", is_repeating: true}) { availability { id } messages { field message } } }",
                null).getJsonObject("createAvailability");
        assertThat(fields(availability)).contains("range_start", "time", "day_of_week");
        JsonObject backwards = data(clinic.key, "mutation { createAvailability(input: {range_start: \"August 16, 2027\", "
                + "time: \"12 00\", end_time: \"09 00\"}) { availability { id } messages { field message } } }", null)
                .getJsonObject("createAvailability");
        assertThat(fields(backwards)).containsExactly("end_time");
        assertThat(data(clinic.key, "{ availabilities(one_time: true, is_repeating: true) { id } }", null)
                .getJsonArray("availabilities")).isEmpty();

        String realType = clinic.appointmentType("Real", 30);
        JsonObject slots = graphql(null, Clinic.SLOTS, vars("p", clinic.providerId, "t", realType, "s", "2027-01-10",
                "e", "2027-01-01", "tz", "Mars/Olympus"));
        assertThat(slots.getJsonArray("errors").getJsonObject(0).getString("message")).contains("end_date", "timezone");
        JsonObject tooLong = graphql(null, Clinic.SLOTS, vars("p", clinic.providerId, "t", realType, "s", "2027-01-01",
                "e", "2027-06-01"));
        assertThat(tooLong.getJsonArray("errors").getJsonObject(0).getString("message")).contains("62 days");

        JsonObject checkout = data(null, Clinic.CHECKOUT, vars("t", realType, "p", clinic.providerId, "d", "whenever"))
                .getJsonObject("completeCheckout");
        assertThat(fields(checkout)).contains("contact_type", "date", "first_name", "last_name", "email");

        JsonObject create = data(clinic.key, "mutation { createAppointment(input: {user_id: \"999999999\", appointment_type_id: \"x\", "
                + "contact_type: \"Phone Call\", datetime: \"2027-01-01 10:00\"}) { appointment { id } messages { field message } } }",
                null).getJsonObject("createAppointment");
        assertThat(fields(create)).contains("user_id", "appointment_type_id");
        assertThat(data(clinic.key, "{ appointmentsCount(is_org: true, filter: \"all\", with_all_statuses: true) }", null)
                .getInt("appointmentsCount")).isZero();
    }

    @Test
    void callersWithoutAnAccountMayOnlySearchAndBook() {
        Clinic clinic = Clinic.open(NEW_YORK);
        assertThat(Api.graphqlResponse(null, "{ appointments { id } }", null).statusCode()).isEqualTo(401);
        assertThat(Api.graphqlResponse(null, "mutation { createAppointment(input: {}) { appointment { id } } }", null)
                .statusCode()).isEqualTo(401);
        JsonObject noProvider = graphql(null, "{ appointmentTypes { id } }", null);
        assertThat(noProvider.getJsonArray("errors").getJsonObject(0).getString("message")).contains("provider_id");
        String hidden = data(clinic.key, "mutation { createAppointmentType(input: {name: \"Hidden\", length: 30, "
                + "clients_can_book: false}) { appointmentType { id } } }", null).getJsonObject("createAppointmentType")
                .getJsonObject("appointmentType").getString("id");
        assertThat(data(null, "query($p: String) { appointmentTypes(provider_id: $p) { id } }", vars("p", clinic.providerId))
                .getJsonArray("appointmentTypes").stream().map(t -> t.asJsonObject().getString("id"))).doesNotContain(hidden);
        JsonObject notBookable = graphql(null, Clinic.SLOTS, vars("p", clinic.providerId, "t", hidden, "s", "2027-01-01",
                "e", "2027-01-02"));
        assertThat(notBookable.getJsonArray("errors").getJsonObject(0).getString("message")).contains("Appointment type not found");
    }

    @Test
    void anotherPracticeNeitherSeesNorBooksIntoThisCalendar() {
        Clinic clinic = Clinic.open(NEW_YORK);
        Clinic other = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Consultation", 30);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        String availability = clinic.weekly(clinic.providerId, 1, monday, "09 00", "12 00");
        String slot = clinic.slots(type, monday, monday, NEW_YORK).get(0);
        String appointment = clinic.checkout(type, slot, NEW_YORK, "mine." + Api.unique() + "@example.org")
                .getJsonObject("appointment").getString("id");

        for (String query : new String[] {"query($id: ID) { appointment(id: $id) { id } }",
                "query($id: ID) { appointmentType(id: $id) { id } }", "query($id: ID) { availability(id: $id) { id } }"}) {
            String id = query.contains("appointmentType") ? type : query.contains("availability(") ? availability : appointment;
            JsonObject hidden = graphql(other.key, query, vars("id", id));
            assertThat(hidden.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .as(query).isEqualTo("NOT_FOUND");
        }
        assertThat(fields(data(other.key, DELETE, vars("id", appointment)).getJsonObject("deleteAppointment"))).containsExactly("id");
        JsonObject foreignType = data(other.key, """
                mutation($t: String, $d: String, $p: String) { createAppointment(input: {appointment_type_id: $t, user_id: "1",
                  contact_type: "Phone Call", datetime: $d, other_party_id: $p}) { appointment { id } messages { field message } } }""",
                vars("t", type, "d", monday + " 10:00:00", "p", clinic.providerId)).getJsonObject("createAppointment");
        assertThat(fields(foreignType)).contains("appointment_type_id", "other_party_id");
        JsonObject foreignSlots = graphql(other.key, Clinic.SLOTS, vars("p", clinic.providerId, "t", type,
                "s", monday.toString(), "e", monday.toString()));
        assertThat(foreignSlots.getJsonArray("errors").getJsonObject(0).getString("message")).contains("Provider not found");
        assertThat(data(other.key, "{ appointmentsCount(is_org: true, filter: \"all\") }", null).getInt("appointmentsCount")).isZero();
        // issue 11, finding 12: the cursor's anchor was loaded without the organization, so its time leaked
        String cursor = data(clinic.key, "query($id: ID) { appointment(id: $id) { cursor } }", vars("id", appointment))
                .getJsonObject("appointment").getString("cursor");
        JsonObject foreignCursor = graphql(other.key, "query($a: String) { appointments(is_org: true, filter: \"all\", "
                + "should_paginate: true, after: $a) { id } }", vars("a", cursor));
        assertThat(foreignCursor.getJsonArray("errors").getJsonObject(0).getString("message")).contains("after");

        Clinic.Patient stranger = clinic.signedInPatient(NEW_YORK);
        JsonObject notTheirs = graphql(stranger.token(), "query($id: ID) { appointment(id: $id) { id } }", vars("id", appointment));
        assertThat(notTheirs.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        assertThat(data(clinic.key, "query($id: ID) { appointment(id: $id) { pm_status } }", vars("id", appointment))
                .getJsonObject("appointment").isNull("pm_status")).isTrue();
    }

    private static List<String> fields(JsonObject payload) {
        assertThat(payload.isNull("messages")).as("expected a refusal: " + payload).isFalse();
        return payload.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("field")).toList();
    }
}
