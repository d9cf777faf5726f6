package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's waiting rooms, appointment slots and appointments (seed 004) under /qapi/v1, and the same appointments
 * over GraphQL.
 */
class SoloAppointmentsIT {

    private static final String NEW_YORK = "America/New_York";
    private static Clinic clinic;
    private static String room;
    private static LocalDate monday;
    private static long nineOClock;

    @BeforeAll
    static void practice() {
        clinic = Clinic.open(NEW_YORK);
        monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "10 00");
        room = "Acute Neurology " + Api.unique();
        JsonObject created = data(clinic.key, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, service_line: "Neurology",
                  service_type: "Demo", slot_duration: 900, provider_ids: $p}) {
                  waitingRoom { id name slot_duration provider_ids } messages { field message } } }""",
                vars("n", room, "p", Clinic.ids(clinic.providerId))).getJsonObject("createWaitingRoom");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        nineOClock = monday.atTime(9, 0).atZone(ZoneId.of(NEW_YORK)).toEpochSecond();
    }

    @Test
    void listsWaitingRoomsAndTheirSlots() {
        JsonArray rooms = Json.createReader(new java.io.StringReader(rest("GET", "/qapi/v1/waiting-rooms", clinic.key, null)
                .body())).readArray();
        JsonObject found = rooms.getJsonObject(0);
        assertThat(found.getString("name")).isEqualTo(room);
        assertThat(found.getString("serviceLine")).isEqualTo("Neurology");
        assertThat(found.getString("serviceType")).isEqualTo("Demo");
        assertThat(found.getString("id")).hasSize(36);

        HttpResponse<String> slots = rest("GET", "/qapi/v1/appointment-slots?after=" + nineOClock + "&before="
                + (nineOClock + 3600) + "&waitingRoom=" + encode(room), clinic.key, null);
        assertThat(slots.statusCode()).isEqualTo(200);
        JsonArray list = Json.createReader(new java.io.StringReader(slots.body())).readArray();
        assertThat(list).hasSize(4);
        assertThat(list.getJsonObject(0).getJsonNumber("date").longValue()).isEqualTo(nineOClock);
        assertThat(list.getJsonObject(0).getInt("duration")).isEqualTo(900);
        JsonArray halfHours = Json.createReader(new java.io.StringReader(rest("GET", "/qapi/v1/appointment-slots?after="
                + nineOClock + "&before=" + (nineOClock + 3600) + "&waitingRoom=" + encode(room) + "&duration=1800",
                clinic.key, null).body())).readArray();
        assertThat(halfHours).hasSize(2);
    }

    @Test
    void refusesSlotSearchesWithoutTheRequiredParametersOrWithABadDuration() {
        for (String query : new String[] {"before=1&waitingRoom=x", "after=1&waitingRoom=x", "after=1&before=2",
                "after=1&before=2&waitingRoom=" + encode(room) + "&duration=0",
                "after=1&before=2&waitingRoom=" + encode(room) + "&duration=86401",
                "after=soon&before=2&waitingRoom=" + encode(room)}) {
            HttpResponse<String> answer = rest("GET", "/qapi/v1/appointment-slots?" + query, clinic.key, null);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(json(answer.body()).getJsonObject("error").getString("message")).as(query).startsWith("Bad parameters");
        }
        assertThat(rest("GET", "/qapi/v1/appointment-slots?after=1&before=2&waitingRoom=nowhere", clinic.key, null)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aSearchForOneSecondSlotsOverSixtyTwoDaysIsRefusedBeforeAnyWork() {
        // issue 11, finding 10: a provider open around the clock has 5.3 million one-second starts in 62 days
        Clinic allHours = Clinic.open(NEW_YORK);
        for (int day = 0; day < 7; day++) {
            allHours.weekly(allHours.providerId, day, monday, "00 00", "23 55");
        }
        String roundTheClock = "Round the clock " + Api.unique();
        data(allHours.key, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, service_line: "Neurology",
                  service_type: "Demo", slot_duration: 900, provider_ids: $p}) { waitingRoom { id } } }""",
                vars("n", roundTheClock, "p", Clinic.ids(allHours.providerId)));
        HttpResponse<String> answer = rest("GET", "/qapi/v1/appointment-slots?after=" + nineOClock + "&before="
                + (nineOClock + 62 * 86_400) + "&waitingRoom=" + encode(roundTheClock) + "&duration=1", allHours.key,
                null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer.body()).getJsonObject("error").getString("message"))
                .startsWith("Bad parameters").contains("more than 250000 possible slots");
        assertThat(rest("GET", "/qapi/v1/appointment-slots?after=" + nineOClock + "&before=" + (nineOClock + 3600)
                + "&waitingRoom=" + encode(roundTheClock) + "&duration=1", allHours.key, null).statusCode())
                .isEqualTo(200);
    }


    @Test
    void anEhrBooksByEachPatientIdReadsMovesAndCancelsAndGraphQlSeesTheSameAppointment() {
        String ehrId = "EHR-" + Api.unique();
        long spid = Long.parseLong(rest("POST", "/qapi/v1/patients", clinic.key,
                SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com")).body());
        String externalId = java.util.UUID.randomUUID().toString();
        // the seed's episodeOfCareId names no episode of this patient (EpisodesIT): the visit joins one of theirs
        String episode = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/episodes", clinic.key, """
                {"name": "covid care", "type": "covid", "from": "2023-03-29", "status": "ACTIVE"}""").body())
                .getString("episodeId");
        String body = """
                {"date": %d, "reasons": ["headache"], "duration": 900, "waitingRoom": "%s", "externalId": "%s",
                 "episodeOfCareId": "%s", "accountNumber": "ABC123456789"}"""
                .formatted(nineOClock, room, externalId, episode);
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long id = json(created.body()).getJsonNumber("id").longValue();
        assertThat(json(created.body()).getString("visitUrl")).startsWith(TestServer.get().baseUrl() + "/visit/");

        JsonObject appointment = json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body());
        assertThat(appointment.getJsonNumber("date").longValue()).isEqualTo(nineOClock);
        assertThat(appointment.getInt("duration")).isEqualTo(900);
        assertThat(appointment.getJsonArray("reasons").getString(0)).isEqualTo("headache");
        assertThat(appointment.getString("status")).isEqualTo("scheduled");
        assertThat(appointment.getString("externalId")).isEqualTo(externalId);
        assertThat(appointment.getString("episodeOfCareId")).isEqualTo(episode);
        assertThat(appointment.getJsonObject("videoCall").getString("status")).isEqualTo("waiting");
        JsonObject patient = appointment.getJsonObject("patient");
        assertThat(patient.getString("id")).isEqualTo(ehrId);
        assertThat(patient.getJsonObject("demographics").getString("mrn")).isEqualTo("MRN-123");
        assertThat(patient.getJsonObject("demographics").getJsonArray("name").getJsonObject(0).getString("lastName"))
                .isEqualTo("Shinoda");
        assertThat(appointment.getJsonArray("providers").getJsonObject(0).getString("id")).isEqualTo(clinic.providerId);

        // the same appointment over GraphQL, and the provider's slot is taken
        JsonObject healthie = data(clinic.key, "query($id: ID) { appointment(id: $id) { id start length contact_type user { id } provider { id } } }",
                vars("id", Long.toString(id))).getJsonObject("appointment");
        assertThat(healthie.getJsonObject("user").getString("id")).isEqualTo(Long.toString(spid));
        assertThat(healthie.getInt("length")).isEqualTo(15);
        assertThat(healthie.getString("contact_type")).isEqualTo("Healthie Video Call");

        // HSID and SPID address the same patient
        HttpResponse<String> byHsid = rest("POST", "/qapi/v1/patients/HSID/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"date\": " + (nineOClock + 900) + "}");
        assertThat(byHsid.statusCode()).as(byHsid.body()).isEqualTo(200);
        HttpResponse<String> bySpid = rest("POST", "/qapi/v1/patients/id/type/SPID/value/" + spid + "/appointments",
                clinic.key, "{\"waitingRoom\": \"" + room + "\", \"date\": " + (nineOClock + 1800) + "}");
        assertThat(bySpid.statusCode()).as(bySpid.body()).isEqualTo(200);
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id, filter: \"all\") }",
                vars("id", Long.toString(spid))).getInt("appointmentsCount")).isEqualTo(3);

        // move, then cancel (the lifecycle refuses skipping to "sign off"; InVisitStatesIT covers the states)
        HttpResponse<String> moved = rest("PUT", "/qapi/v1/appointments/" + id, clinic.key,
                "{\"date\": " + (nineOClock + 2700) + ", \"duration\": 600, \"reasons\": [\"vomit\"], \"accountNumber\": \"X-1\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonObject after = json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body());
        assertThat(after.getJsonNumber("date").longValue()).isEqualTo(nineOClock + 2700);
        assertThat(after.getInt("duration")).isEqualTo(600);
        assertThat(after.getJsonArray("reasons").getString(0)).isEqualTo("vomit");
        assertThat(after.getString("accountNumber")).isEqualTo("X-1");
        HttpResponse<String> signedOff = rest("PUT", "/qapi/v1/appointments/" + id, clinic.key, "{\"status\": \"sign off\"}");
        assertThat(signedOff.statusCode()).isEqualTo(400);
        assertThat(rest("PUT", "/qapi/v1/appointments/" + id, clinic.key, "{\"status\": \"cancelled\"}").statusCode())
                .isEqualTo(200);
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body()).getString("status"))
                .isEqualTo("cancelled");
        assertThat(data(clinic.key, "query($id: ID) { appointment(id: $id) { pm_status } }", vars("id", Long.toString(id)))
                .getJsonObject("appointment").getString("pm_status")).isEqualTo("Cancelled");
    }

    @Test
    void anAppointmentBookedOverGraphQlReadsTheSameOverRest() {
        String type = clinic.appointmentType("Video visit", 30);
        String patient = Fixtures.createClient(clinic.key, "Gra", "Phql" + Api.unique(), "graphql." + Api.unique() + "@example.org");
        String id = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Healthie Video Call", datetime: $d}) { appointment { id } } }""",
                vars("u", patient, "t", type, "d", java.time.Instant.ofEpochSecond(nineOClock + 7200).toString()))
                .getJsonObject("createAppointment").getJsonObject("appointment").getString("id");
        JsonObject solo = json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body());
        assertThat(solo.getJsonNumber("date").longValue()).isEqualTo(nineOClock + 7200);
        assertThat(solo.getInt("duration")).isEqualTo(1800);
        assertThat(solo.getJsonObject("patient").getString("id")).isEqualTo(patient);
        assertThat(solo.getString("status")).isEqualTo("scheduled");
    }

    @Test
    void refusesBadBookingsAndChangesNothing() {
        String ehrId = "EHR-" + Api.unique();
        rest("POST", "/qapi/v1/patients", clinic.key, SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com"));
        String path = "/qapi/v1/patients/" + ehrId + "/appointments";
        for (String body : new String[] {"{}", "{\"waitingRoom\": \"nowhere\"}",
                "{\"waitingRoom\": \"" + room + "\", \"duration\": 0}",
                "{\"waitingRoom\": \"" + room + "\", \"duration\": 86401}",
                "{\"waitingRoom\": \"" + room + "\", \"date\": \"tomorrow\"}",
                "{\"waitingRoom\": \"" + room + "\", \"reasons\": \"headache\"}", "not json", "[]"}) {
            HttpResponse<String> answer = rest("POST", path, clinic.key, body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(json(answer.body()).getJsonObject("error").getString("message")).as(body).isNotBlank();
        }
        assertThat(rest("POST", "/qapi/v1/patients/nobody-" + Api.unique() + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\"}").statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/999999999", clinic.key, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/abc", clinic.key, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/waiting-rooms", null, null).statusCode()).isEqualTo(401);
        String patient = Fixtures.createClient(clinic.key, "No", "Visits" + Api.unique(), "nv." + Api.unique() + "@example.org");
        assertThat(data(clinic.key, "query($id: ID) { appointmentsCount(user_id: $id, filter: \"all\") }",
                vars("id", patient)).getInt("appointmentsCount")).isZero();
    }

    @Test
    void anotherPracticeSeesNeitherTheRoomsNorTheAppointments() {
        String ehrId = "EHR-" + Api.unique();
        rest("POST", "/qapi/v1/patients", clinic.key, SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com"));
        long id = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"date\": " + (nineOClock + 3600 * 5) + "}").body())
                .getJsonNumber("id").longValue();
        String other = Fixtures.newOrganization("Other practice " + Api.unique());
        assertThat(rest("GET", "/qapi/v1/appointments/" + id, other, null).statusCode()).isEqualTo(404);
        assertThat(rest("PUT", "/qapi/v1/appointments/" + id, other, "{\"status\": \"cancelled\"}").statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/waiting-rooms", other, null).body()).isEqualTo("[]");
        assertThat(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", other, "{\"waitingRoom\": \"" + room + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body()).getString("status"))
                .isEqualTo("scheduled");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
