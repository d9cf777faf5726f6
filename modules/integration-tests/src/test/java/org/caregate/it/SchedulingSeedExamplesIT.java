package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example operation of seed 001's "Appointment Types", "Appointment Settings", "Appointments" and
 * "Availability" sections, pasted as printed, validates against the live schema and does what the prose says.
 * Four examples are broken in the seed itself; each is repaired as the prose says and the repair is named.
 */
class SchedulingSeedExamplesIT {

    private static final String NEW_YORK = "America/New_York";
    private static Clinic clinic;
    private static LocalDate monday;

    @BeforeAll
    static void practice() {
        clinic = Clinic.open(NEW_YORK);
        monday = LocalDate.now(ZoneId.of(NEW_YORK)).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    }

    @Test
    void createGetUpdateListAndDeleteAnAppointmentType() {
        JsonObject created = data(clinic.key, seedExample("001-createAppointmentType.graphql"), vars(
                "name", "Initial Consultation", "length", 60, "clients_can_book", true, "is_group", false,
                "bookable_without_group", false, "is_waitlist_enabled", true, "user_group_id", null,
                "specific_groups", false, "bookable_group_ids", null,
                "contact_type_overrides", Json.createArrayBuilder().add("video_chat").add("in_person").build(),
                "appointment_setting", Json.createObjectBuilder().add("buffer", "10").build()))
                .getJsonObject("createAppointmentType");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("appointmentType").getString("id");

        JsonObject type = data(clinic.key, seedExample("001-getAppointmentType.graphql"), vars("id", id))
                .getJsonObject("appointmentType");
        assertThat(type.getString("name")).isEqualTo("Initial Consultation");
        assertThat(type.getInt("length")).isEqualTo(60);
        assertThat(strings(type.getJsonArray("available_contact_types"))).containsExactly("Healthie Video Call", "In Person");

        JsonObject updated = data(clinic.key, seedExample("001-updateAppointmentType.graphql"), vars("id", id,
                "name", "Follow-up", "length", 30, "contact_type_overrides", Json.createArrayBuilder().add("phone_call").build()))
                .getJsonObject("updateAppointmentType");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();

        JsonArray listed = data(clinic.key, seedExample("001-getAppointmentTypes.graphql"), vars("keywords", "follow",
                "appointment_type_ids", "[\"" + id + "\"]", "should_paginate", true, "offset", 0, "page_size", 10))
                .getJsonArray("appointmentTypes");
        assertThat(listed).hasSize(1);
        JsonObject followUp = listed.getJsonObject(0);
        assertThat(followUp.getString("name")).isEqualTo("Follow-up");
        assertThat(followUp.getInt("length")).isEqualTo(30);
        assertThat(followUp.getBoolean("is_waitlist_enabled")).isTrue();
        assertThat(strings(followUp.getJsonArray("available_contact_types"))).containsExactly("Phone Call");

        JsonObject deleted = data(clinic.key, seedExample("001-deleteAppointmentType.graphql"), vars("id", id))
                .getJsonObject("deleteAppointmentType");
        assertThat(deleted.getJsonObject("appointmentType").getString("id")).isEqualTo(id);
        assertThat(data(clinic.key, seedExample("001-getAppointmentTypes.graphql"), vars("appointment_type_ids",
                "[\"" + id + "\"]")).getJsonArray("appointmentTypes")).isEmpty();
        assertThat(data(clinic.key, seedExample("001-getAppointmentTypes.graphql"), vars("appointment_type_ids",
                "[\"" + id + "\"]", "with_deleted_appt_types", true)).getJsonArray("appointmentTypes")).hasSize(1);
    }

    @Test
    void createGetAndUpdateAppointmentSettings() {
        Clinic own = Clinic.open(NEW_YORK);
        JsonObject created = data(own.key, seedExample("001-createAppointmentSetting.graphql"), vars("buffer", "15",
                "minimum_advance_cancel_time", 1440, "minimum_advance_reschedule_time", 720,
                "minimum_advance_schedule_time", 120, "end_reminder_one_hour_before", true, "ask_clients_to_confirm", false))
                .getJsonObject("createAppointmentSetting");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        JsonObject setting = created.getJsonObject("appointmentSetting");
        assertThat(setting.getString("buffer")).isEqualTo("15");
        assertThat(setting.getInt("minimum_advance_cancel_time")).isEqualTo(1440);
        assertThat(setting.getBoolean("end_reminder_one_hour_before")).isTrue();

        // The seed's getAppointmentSetting selects name, available_contact_types and length, which are appointment
        // type fields (copied from getAppointmentType); AppointmentSetting has no such fields, so the example is
        // sent selecting the setting's own.
        String get = seedExample("001-getAppointmentSetting.graphql")
                .replace("name\navailable_contact_types\nlength", "buffer\nminimum_advance_schedule_time");
        JsonObject found = data(own.key, get, vars("provider_id", own.providerId)).getJsonObject("appointmentSetting");
        assertThat(found.getString("buffer")).isEqualTo("15");
        assertThat(found.getInt("minimum_advance_schedule_time")).isEqualTo(120);

        JsonObject updated = data(own.key, seedExample("001-updateAppointmentSetting.graphql"), vars("id", found.getString("id"),
                "buffer", "5", "ask_clients_to_confirm", true)).getJsonObject("updateAppointmentSetting");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(updated.getJsonObject("appointmentSetting").getString("buffer")).isEqualTo("5");
        assertThat(updated.getJsonObject("appointmentSetting").getInt("minimum_advance_cancel_time")).isEqualTo(1440);
        assertThat(updated.getJsonObject("appointmentSetting").getBoolean("ask_clients_to_confirm")).isTrue();
    }

    @Test
    void createListGetEditAndDeleteAvailability() {
        Clinic own = Clinic.open("Europe/Berlin");
        JsonObject created = data(own.key, seedExample("001-createAvailability.graphql"), vars("day_of_week", 1,
                "is_repeating", false, "range_start", "August 16, 2027", "time", "07 30", "end_time", "12 30",
                "user_id", own.providerId)).getJsonObject("createAvailability");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("availability").getString("id");

        JsonArray oneTime = data(own.key, seedExample("001-availabilities.graphql"), vars("show_availability", true,
                "one_time", true, "startDate", "2027-08-01", "endDate", "2027-09-01")).getJsonArray("availabilities");
        assertThat(oneTime).hasSize(1);
        JsonObject availability = oneTime.getJsonObject(0);
        assertThat(availability.getString("range_start")).isEqualTo("2027-08-16 07:30:00 +0200");
        assertThat(availability.getString("range_end")).isEqualTo("2027-08-16 12:30:00 +0200");
        assertThat(availability.getString("duration_string")).isEqualTo("5h");
        assertThat(availability.getString("timezone_abbr")).isEqualTo("CEST");
        assertThat(availability.getString("resourceId")).isEqualTo(own.providerId);
        assertThat(availability.getJsonObject("user").getString("email")).contains("@");
        assertThat(data(own.key, seedExample("001-availabilities.graphql"), vars("show_availability", false,
                "one_time", true)).getJsonArray("availabilities")).isEmpty();

        // The seed's availability example nests the fields under custom_modules, a field Availability does not
        // have (a leftover of another example); it is sent with the fields directly on the availability.
        String get = seedExample("001-availability.graphql").replaceFirst("custom_modules \\{\nid\n", "")
                .replaceFirst("}\n}\n}\n}\n$", "}\n}\n}\n");
        JsonObject found = data(own.key, get, vars("id", id)).getJsonObject("availability");
        assertThat(found.getInt("day_of_week")).isEqualTo(1);

        JsonObject edited = data(own.key, seedExample("001-editAvailability.graphql"), vars("id", id, "day_of_week", 2,
                "is_repeating", true, "range_start", "August 17, 2027", "time", "09 00", "end_time", "17 00",
                "user_id", own.providerId)).getJsonObject("editAvailability");
        assertThat(edited.isNull("messages")).as(edited.toString()).isTrue();
        JsonArray repeating = data(own.key, seedExample("001-availabilities.graphql"), vars("is_repeating", true))
                .getJsonArray("availabilities");
        assertThat(repeating).hasSize(1);
        assertThat(repeating.getJsonObject(0).getString("duration_string")).isEqualTo("8h");

        JsonObject deleted = data(own.key, seedExample("001-deleteAvailability.graphql"), vars("id", id))
                .getJsonObject("deleteAvailability");
        assertThat(deleted.getJsonObject("availability").getString("id")).isEqualTo(id);
        assertThat(data(own.key, seedExample("001-availabilities.graphql"), vars("is_repeating", true))
                .getJsonArray("availabilities")).isEmpty();
    }

    @Test
    void createGetUpdateListWarnAndDeleteAnAppointment() {
        String type = clinic.appointmentType("1:1 Session", 30);
        String patient = Fixtures.createClient(clinic.key, "Example", "Patient" + Api.unique(),
                "patient." + Api.unique() + "@example.org");
        // The seed's createAppointment example lacks its final closing brace; it is sent with it.
        String create = seedExample("001-createAppointment.graphql") + "}\n";
        JsonObject created = data(clinic.key, create, vars("user_id", patient, "appointment_type_id", type,
                "contact_type", "Phone Call", "other_party_id", clinic.providerId,
                "datetime", monday + " 12:00:00")).getJsonObject("createAppointment");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("appointment").getString("id");

        JsonObject appointment = data(clinic.key, seedExample("001-getAppointment.graphql"), vars("id", id))
                .getJsonObject("appointment");
        assertThat(appointment.getString("date")).isEqualTo(utc(monday, "12:00"));
        assertThat(appointment.getString("contact_type")).isEqualTo("Phone Call");
        assertThat(appointment.isNull("pm_status")).isTrue();
        assertThat(appointment.getJsonObject("provider").getString("id")).isEqualTo(clinic.providerId);
        assertThat(appointment.getJsonObject("user").getString("id")).isEqualTo(patient);
        assertThat(appointment.getJsonObject("appointment_type").getString("name")).isEqualTo("1:1 Session");

        JsonObject warnings = data(clinic.key, seedExample("001-getAppointmentBookingWarnings.graphql"), vars(
                "appointment_type_id", type, "provider_id", clinic.providerId,
                "date", monday.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US)),
                "time", "12 00", "timezone", NEW_YORK));
        JsonObject conflict = warnings.getJsonArray("appointmentBookingWarnings").getJsonObject(0);
        assertThat(conflict.getString("category")).isEqualTo("Event Conflicts");
        assertThat(strings(conflict.getJsonArray("potential_issue_ids"))).containsExactly(id);
        assertThat(strings(conflict.getJsonArray("potential_issues")).get(0)).startsWith("1:1 Session - ")
                .endsWith("12:00 PM " + java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US)
                        .format(monday.atTime(12, 0).atZone(ZoneId.of(NEW_YORK))));

        JsonObject listed = data(clinic.key, seedExample("001-appointments.graphql"), vars("user_id", patient,
                "filter", "future", "should_paginate", false, "is_active", true));
        assertThat(listed.getInt("appointmentsCount")).isEqualTo(1);
        JsonObject first = listed.getJsonArray("appointments").getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo(id);
        assertThat(first.getInt("length")).isEqualTo(30);
        assertThat(first.getJsonArray("attendees").getJsonObject(0).getString("id")).isEqualTo(patient);

        // The seed's updateAppointment example passes "$pm_status: String" as input keys, which does not parse;
        // the prose says the input takes id, pm_status and datetime, so that is what is sent.
        String update = seedExample("001-updateAppointment.graphql").replace("input: {\n$pm_status: String,\n"
                + "$datetime: String,\n$id: ID,\n}", "input: {\npm_status: $pm_status,\ndatetime: $datetime,\nid: $id,\n}");
        JsonObject updated = data(clinic.key, update, vars("id", id, "pm_status", "Occurred", "datetime",
                monday + " 13:00:00")).getJsonObject("updateAppointment");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(updated.getJsonObject("appointment").getString("date")).isEqualTo(utc(monday, "13:00"));

        JsonObject deleted = data(clinic.key, seedExample("001-deleteAppointment.graphql"), vars("id", id,
                "deleteRecurring", false)).getJsonObject("deleteAppointment");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        JsonObject gone = Api.graphql(clinic.key, seedExample("001-getAppointment.graphql"), vars("id", id));
        assertThat(gone.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        assertThat(data(clinic.key, "query($id: ID) { appointment(id: $id, include_deleted: true) { id } }",
                vars("id", id)).getJsonObject("appointment").getString("id")).isEqualTo(id);
    }

    /** Healthie's appointment date for a New York wall-clock time. */
    private static String utc(LocalDate date, String time) {
        return date.atTime(java.time.LocalTime.parse(time)).atZone(ZoneId.of(NEW_YORK))
                .withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime().toString().replace('T', ' ') + ":00 UTC";
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString() : value.toString()).toList();
    }
}
