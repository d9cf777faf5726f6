package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's perfect answer (seed 004 "Perfect answer API", issue 13) over HTTP: configured over GraphQL (a room's
 * location, its templates, question tags), then the patient created and updated by MRN, the visit in the location's
 * room with the room's template for the reason attached and its tagged questions answered, every refusal in the
 * seed's words with nothing left written, another organization's location unknown, and the 24-hour rule under a race.
 */
class PerfectAnswerIT {

    private static final String LOCATE = """
            mutation($r: ID, $g: String, $n: String) { setWaitingRoomLocation(input: {waiting_room_id: $r,
              geolocation_id: $g, location_name: $n}) { waitingRoomLocation { waiting_room_id geolocation_id location_name }
              messages { field message } } }""";
    private static final String LINK = """
            mutation($r: ID, $t: [waitingRoomTemplateInput]) { setWaitingRoomTemplates(input: {waiting_room_id: $r,
              templates: $t}) { waitingRoomTemplates { custom_module_form_id name reason position }
              messages { field message } } }""";
    private static final String TAG = """
            mutation($q: ID, $t: String) { tagCustomModule(input: {custom_module_id: $q, tag: $t}) {
              customModuleTag { custom_module_id custom_module_form_id tag } messages { field message } } }""";
    private static final String NOTE = """
            query($id: ID) { appointment(id: $id) { id user_id form_answer_group { id name finished
              form_answers { label answer } } } }""";
    private static final String WITHIN_24_HOURS = "A visit has already been created for the patient within 24 hours";

    private static Clinic clinic;
    private static String neurologyRoom;
    private static String eegRoom;
    private static String eegLocation;
    private static String neurologyLocation;
    private static String otherOrganizationsLocation;

    @BeforeAll
    static void configure() {
        clinic = Clinic.open("UTC");
        // the seed's preconditions: templates added to the waiting rooms, each room's location with a geolocation id,
        // the templates' questions tagged with the request's fields
        neurologyRoom = room(clinic.key, "Neurology " + Api.unique());
        eegRoom = room(clinic.key, "EEG " + Api.unique());
        neurologyLocation = UUID.randomUUID().toString();
        eegLocation = UUID.randomUUID().toString();
        locate(clinic.key, neurologyRoom, neurologyLocation, "Mercy West");
        locate(clinic.key, eegRoom, eegLocation, "Mercy East");
        String neurology = taggedTemplate("Acute Neurology - Physician Services");
        String eeg = taggedTemplate("EEG - Physician Services");
        String pcm = taggedTemplate("PCM " + Api.unique());
        link(clinic.key, neurologyRoom, Map.of(neurology, "Stroke"), pcm);
        link(clinic.key, eegRoom, Map.of(eeg, "EEG Stat"), pcm);

        Clinic other = Clinic.open("UTC");
        String otherRoom = room(other.key, "Elsewhere " + Api.unique());
        otherOrganizationsLocation = UUID.randomUUID().toString();
        locate(other.key, otherRoom, otherOrganizationsLocation, "Elsewhere");
        link(other.key, otherRoom, Map.of(), FilledFormsIT.template(other.key, "Other PCM", true));
    }

    @Test
    void thePatientIsCreatedTheVisitLandsInTheLocationsRoomAndTheTemplatesTaggedQuestionsAreAnswered() {
        String mrn = "AA-" + Api.unique();
        HttpResponse<String> answered = answer(body(mrn, "Doe", eegLocation, "EEG Stat"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonObject ids = json(answered.body());
        assertThat(ids.keySet()).containsExactlyInAnyOrder("patientId", "encounterId");
        String patientId = ids.getString("patientId");
        String encounterId = ids.getString("encounterId");
        assertThat(UUID.fromString(patientId).version()).isEqualTo(4);
        assertThat(UUID.fromString(encounterId).version()).isEqualTo(4);

        // both ids resolve back over Solo's REST: the visit and the patient, demographics as sent
        JsonObject visit = json(rest("GET", "/qapi/v1/appointments/" + encounterId, clinic.key, null).body());
        assertThat(visit.getJsonArray("reasons").getString(0)).isEqualTo("EEG Stat");
        JsonObject patient = json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + patientId, clinic.key, null)
                .body());
        assertThat(patient.getString("mrn")).isEqualTo(mrn);
        assertThat(patient.getString("birthDate")).isEqualTo("2001-01-20");
        assertThat(patient.getJsonArray("name").getJsonObject(0).getString("lastName")).isEqualTo("Doe");
        long appointment = visit.getJsonNumber("id").longValue();
        assertThat(waitingRoomOf(appointment)).isEqualTo(eegRoom);

        // the EEG room's template for "EEG Stat", its tagged questions answered from the request (a draft)
        JsonObject note = data(clinic.key, NOTE, vars("id", Long.toString(appointment))).getJsonObject("appointment")
                .getJsonObject("form_answer_group");
        assertThat(note.getString("name")).isEqualTo("EEG - Physician Services");
        assertThat(note.getBoolean("finished")).isFalse();
        assertThat(answers(note)).containsEntry("First name", "John").containsEntry("Date of birth", "2001-01-20")
                .containsEntry("Reason", "EEG Stat").containsEntry("Requesting provider", "Bob Dylan")
                .containsEntry("Call center notified", "2019-12-03T14:32:12Z").containsEntry("Caller", "Caller name")
                .doesNotContainKey("Untagged");
        // and Solo's visit note reads the same chart note
        HttpResponse<String> visitNote = rest("GET", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                null);
        assertThat(visitNote.statusCode()).isEqualTo(200);
        assertThat(visitNote.body()).contains("EEG - Physician Services").contains("Bob Dylan");

        // within 24 hours: refused in the seed's words, and the refused call changed nothing of the patient
        HttpResponse<String> again = answer(body(mrn, "Renamed", eegLocation, "Stroke"));
        assertRefused(again, WITHIN_24_HOURS);
        assertThat(json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + patientId, clinic.key, null).body())
                .getJsonArray("name").getJsonObject(0).getString("lastName")).isEqualTo("Doe");

        // the rule counts visits that stand: once the EHR cancelled it, the patient is updated by MRN and booked again
        assertThat(rest("PUT", "/qapi/v1/appointments/" + encounterId, clinic.key, "{\"status\": \"cancelled\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> updated = answer(body(mrn, "Updated", neurologyLocation, "Stroke"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated.body()).getString("patientId")).isEqualTo(patientId);
        String second = json(updated.body()).getString("encounterId");
        assertThat(second).isNotEqualTo(encounterId);
        assertThat(json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + patientId, clinic.key, null).body())
                .getJsonArray("name").getJsonObject(0).getString("lastName")).isEqualTo("Updated");
        long secondVisit = json(rest("GET", "/qapi/v1/appointments/" + second, clinic.key, null).body())
                .getJsonNumber("id").longValue();
        assertThat(waitingRoomOf(secondVisit)).isEqualTo(neurologyRoom);
        assertThat(data(clinic.key, NOTE, vars("id", Long.toString(secondVisit))).getJsonObject("appointment")
                .getJsonObject("form_answer_group").getString("name")).isEqualTo("Acute Neurology - Physician Services");
    }

    @Test
    void aReasonWithoutItsOwnTemplateGetsTheRoomsTemplateForAnyReason() {
        HttpResponse<String> answered = answer(body("R-" + Api.unique(), "Routine", eegLocation, "EEG Routine"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        long appointment = json(rest("GET", "/qapi/v1/appointments/" + json(answered.body()).getString("encounterId"),
                clinic.key, null).body()).getJsonNumber("id").longValue();
        assertThat(data(clinic.key, NOTE, vars("id", Long.toString(appointment))).getJsonObject("appointment")
                .getJsonObject("form_answer_group").getString("name")).startsWith("PCM ");
    }

    @Test
    void everyRefusalIsInTheSeedsWordsAndLeavesNoPatientBehind() {
        String mrn = "BAD-" + Api.unique();
        String left = "Left" + Api.unique().replaceAll("[^A-Za-z0-9]", "");
        assertRefused(answer(body(mrn, left, "123", "EEG Stat")),
                "Bad parameters [locationId: This is not a valid UUID.]");
        assertRefused(answer("{}"), "Bad parameters [firstName: This value should not be blank. lastName: This value "
                + "should not be blank. dob: This value should not be blank. locationId: This value should not be blank. "
                + "mrn: This value should not be blank. requestingProvider: This value should not be blank. consultType: "
                + "This value should not be blank. reason: This value should not be blank.]");
        assertRefused(answer(body(mrn, "Doe", eegLocation, "Headache")),
                "Bad parameters [reason: The value you selected is not a valid choice.]");
        assertRefused(answer(body(mrn, "Doe", eegLocation, "Stroke").replace("2001-01-20", "2001-02-30")),
                "Bad parameters [dob: This value is not a valid date.]");
        assertRefused(answer(body(mrn, "Doe", eegLocation, "Stroke").replace("\"new\"", "\"old\"")
                .replace("2019-12-03T14:32:12Z\", \"physician", "yesterday\", \"physician")),
                "Bad parameters [callCenterNotified: This value is not a valid datetime. consultType: The value you "
                        + "selected is not a valid choice.]");
        assertRefused(answer(body(mrn, "x".repeat(256), eegLocation, "Stroke")),
                "Bad parameters [lastName: This value is too long. It should have 255 characters or less.]");
        assertRefused(answer("{\"firstName\": "),
                "Bad parameters [body: Malformed JSON: the body is not one valid JSON value.]");
        // a location nobody mapped, and another organization's location, are the same unknown location — refused
        // after the patient was written, which the refusal rolls back
        String unknown = "Bad parameters [locationId: No waiting room is set to this location.]";
        assertRefused(answer(body(mrn, left, UUID.randomUUID().toString(), "Stroke")), unknown);
        assertRefused(answer(body(mrn, left, otherOrganizationsLocation, "Stroke")), unknown);
        assertThat(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + UUID.randomUUID(), clinic.key, null)
                .statusCode()).isEqualTo(404);
        assertThat(patientsWith(left, mrn)).as("patients left behind by refused calls").isZero();
        // the same body to a location that is set up: the patient is there, so the search above could find one
        assertThat(answer(body(mrn, left, eegLocation, "Stroke")).statusCode()).isEqualTo(200);
        assertThat(patientsWith(left, mrn)).isEqualTo(1);
    }

    @Test
    void eightRacingAnswersForOnePatientCreateExactlyOnePatientAndOneVisit() throws Exception {
        String mrn = "RACE-" + Api.unique();
        String racer = "Racer" + Api.unique().replaceAll("[^A-Za-z0-9]", "");
        String body = body(mrn, racer, eegLocation, "EEG Stat");
        List<HttpResponse<String>> answers = Concurrently.run(8, i -> answer(body));
        List<HttpResponse<String>> created = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertThat(created).as(answers.stream().map(HttpResponse::body).toList().toString()).hasSize(1);
        for (HttpResponse<String> refused : answers) {
            if (refused.statusCode() != 200) {
                assertRefused(refused, WITHIN_24_HOURS);
            }
        }
        assertThat(patientsWith(racer, mrn)).isEqualTo(1);
        assertThat(csv().stream().filter(row -> row.get("patient_mrn").equals(mrn)).count()).as("visits").isEqualTo(1);
    }

    @Test
    void withoutAKeyOrAsAPatientNothingIsAnswered() {
        String body = body("K-" + Api.unique(), "Doe", eegLocation, "Stroke");
        assertThat(answer(null, body).statusCode()).isEqualTo(401);
        assertThat(answer("not-a-key", body).statusCode()).isEqualTo(401);
        Clinic.Patient patient = clinic.signedInPatient("UTC");
        assertThat(answer(patient.token(), body).statusCode()).isEqualTo(403);
    }

    @Test
    void theConfigurationIsCheckedAndAnotherOrganizationsRoomsAndFormsAreNotFound() {
        String room = room(clinic.key, "Config " + Api.unique());
        JsonObject bad = data(clinic.key, LOCATE, vars("r", room, "g", "123", "n", "x")).getJsonObject("setWaitingRoomLocation");
        assertThat(bad.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("This is not a valid UUID");
        JsonObject taken = data(clinic.key, LOCATE, vars("r", room, "g", eegLocation, "n", "x"))
                .getJsonObject("setWaitingRoomLocation");
        assertThat(Api.refusedFields(taken)).containsExactly("geolocation_id");
        JsonObject cleared = data(clinic.key, LOCATE, vars("r", room, "g", null, "n", null))
                .getJsonObject("setWaitingRoomLocation");
        assertThat(cleared.getJsonObject("waitingRoomLocation").isNull("geolocation_id")).isTrue();

        Clinic other = Clinic.open("UTC");
        String theirRoom = room(other.key, "Theirs " + Api.unique());
        String theirForm = FilledFormsIT.template(other.key, "Theirs", true);
        String theirQuestion = FilledFormsIT.question(other.key, theirForm, "text", "Theirs", null, false);
        assertThat(Api.refusedAsNotFound(data(clinic.key, LOCATE, vars("r", theirRoom, "g", UUID.randomUUID().toString(),
                "n", "x")).getJsonObject("setWaitingRoomLocation"))).isTrue();
        assertThat(Api.refusedAsNotFound(data(clinic.key, LINK, vars("r", theirRoom, "t", Json.createArrayBuilder()
                .build())).getJsonObject("setWaitingRoomTemplates"))).isTrue();
        assertThat(Api.refusedAsNotFound(data(clinic.key, LINK, vars("r", room, "t", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("custom_module_form_id", theirForm)).build()))
                .getJsonObject("setWaitingRoomTemplates"))).isTrue();
        assertThat(Api.refusedAsNotFound(data(clinic.key, TAG, vars("q", theirQuestion, "t", "firstName"))
                .getJsonObject("tagCustomModule"))).isTrue();
        assertThat(Api.errorCode(Api.graphql(clinic.key, "query($r: ID) { waitingRoomTemplates(waiting_room_id: $r) "
                + "{ name } }", vars("r", theirRoom)))).isEqualTo("NOT_FOUND");
        assertThat(Api.errorCode(Api.graphql(clinic.key, "query($f: ID) { customModuleTags(custom_module_form_id: $f) "
                + "{ tag } }", vars("f", theirForm)))).isEqualTo("NOT_FOUND");

        String form = FilledFormsIT.template(clinic.key, "Tags " + Api.unique(), true);
        String first = FilledFormsIT.question(clinic.key, form, "text", "One", null, false);
        String second = FilledFormsIT.question(clinic.key, form, "text", "Two", null, false);
        assertThat(data(clinic.key, TAG, vars("q", first, "t", "caller")).getJsonObject("tagCustomModule")
                .isNull("messages")).isTrue();
        assertThat(Api.refusedFields(data(clinic.key, TAG, vars("q", second, "t", "caller"))
                .getJsonObject("tagCustomModule"))).containsExactly("tag");
        assertThat(Api.refusedFields(data(clinic.key, TAG, vars("q", second, "t", "no spaces"))
                .getJsonObject("tagCustomModule"))).containsExactly("tag");
        assertThat(data(clinic.key, "query($f: ID) { customModuleTags(custom_module_form_id: $f) { custom_module_id tag } }",
                vars("f", form)).getJsonArray("customModuleTags").toString()).contains("\"tag\":\"caller\"")
                .contains(first);
        JsonArray twice = Json.createArrayBuilder().add(Json.createObjectBuilder().add("custom_module_form_id", form))
                .add(Json.createObjectBuilder().add("custom_module_form_id", form)).build();
        assertThat(Api.refusedFields(data(clinic.key, LINK, vars("r", room, "t", twice))
                .getJsonObject("setWaitingRoomTemplates"))).containsExactly("templates[1].custom_module_form_id");
        assertThat(data(clinic.key, "{ waitingRoomLocations { waiting_room_id geolocation_id location_name } }", null)
                .getJsonArray("waitingRoomLocations").toString()).contains(eegLocation).contains("Mercy East");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String body(String mrn, String lastName, String location, String reason) {
        return """
                {"firstName": "John", "lastName": "%s", "dob": "2001-01-20", "locationId": "%s", "mrn": "%s",
                 "physicianCallbackNumber": "+1-202-555-0150", "requestingProvider": "Bob Dylan",
                 "callCenterNotified": "2019-12-03T14:32:12Z", "physicianNotified": "2019-12-03T14:32:12Z",
                 "patientLocation": "Patient location", "consultType": "new", "reason": "%s", "caller": "Caller name"}"""
                .formatted(lastName, location, mrn, reason);
    }

    private static HttpResponse<String> answer(String body) {
        return answer(clinic.key, body);
    }

    private static HttpResponse<String> answer(String key, String body) {
        return rest("POST", "/qapi/v1/perfect-answer", key, body);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response.body())).isEqualTo(Json.createObjectBuilder().add("error",
                Json.createObjectBuilder().add("message", message)).build());
    }

    private static String room(String key, String name) {
        JsonObject created = data(key, """
                mutation($n: String) { createWaitingRoom(input: {name: $n, slot_duration: 900}) {
                  waitingRoom { id } messages { field message } } }""", vars("n", name)).getJsonObject("createWaitingRoom");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("waitingRoom").getString("id");
    }

    private static void locate(String key, String room, String geolocation, String name) {
        JsonObject located = data(key, LOCATE, vars("r", room, "g", geolocation, "n", name))
                .getJsonObject("setWaitingRoomLocation");
        assertThat(located.isNull("messages")).as(located.toString()).isTrue();
        assertThat(located.getJsonObject("waitingRoomLocation").getString("geolocation_id")).isEqualTo(geolocation);
    }

    /** Links the templates for their reasons, then {@code forAnyReason}. */
    private static void link(String key, String room, Map<String, String> forReasons, String forAnyReason) {
        var list = Json.createArrayBuilder();
        forReasons.forEach((form, reason) -> list.add(Json.createObjectBuilder().add("custom_module_form_id", form)
                .add("reason", reason)));
        list.add(Json.createObjectBuilder().add("custom_module_form_id", forAnyReason));
        JsonObject linked = data(key, LINK, vars("r", room, "t", list.build())).getJsonObject("setWaitingRoomTemplates");
        assertThat(linked.isNull("messages")).as(linked.toString()).isTrue();
        assertThat(linked.getJsonArray("waitingRoomTemplates")).hasSize(forReasons.size() + 1);
        JsonArray read = data(key, "query($r: ID) { waitingRoomTemplates(waiting_room_id: $r) { custom_module_form_id "
                + "reason } }", vars("r", room)).getJsonArray("waitingRoomTemplates");
        assertThat(read.getJsonObject(read.size() - 1).getString("custom_module_form_id")).isEqualTo(forAnyReason);
        assertThat(read.getJsonObject(read.size() - 1).get("reason")).isEqualTo(JsonValue.NULL);
    }

    /** A charting template whose questions are tagged with the request's fields, and one left untagged. */
    private static String taggedTemplate(String name) {
        String form = FilledFormsIT.template(clinic.key, name, true);
        Map<String, String> labels = Map.of("First name", "firstName", "Date of birth", "dob", "Reason", "reason",
                "Requesting provider", "requestingProvider", "Call center notified", "callCenterNotified",
                "Caller", "caller");
        for (Map.Entry<String, String> question : labels.entrySet()) {
            String id = FilledFormsIT.question(clinic.key, form, "text", question.getKey(), null, false);
            JsonObject tagged = data(clinic.key, TAG, vars("q", id, "t", question.getValue())).getJsonObject("tagCustomModule");
            assertThat(tagged.isNull("messages")).as(tagged.toString()).isTrue();
        }
        FilledFormsIT.question(clinic.key, form, "text", "Untagged", null, false);
        return form;
    }

    private static Map<String, String> answers(JsonObject note) {
        return note.getJsonArray("form_answers").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(a -> a.getString("label"), a -> a.getString("answer")));
    }

    private static List<CSVRecord> csv() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> dump = rest("GET", "/qapi/v1/reports/csv-data-dump?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1), clinic.key, null);
        assertThat(dump.statusCode()).as(dump.body()).isEqualTo(200);
        try {
            return CSVParser.parse(dump.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String waitingRoomOf(long appointment) {
        return csv().stream().filter(row -> row.get("appointment_id").equals(Long.toString(appointment)))
                .map(row -> row.get("waiting_room_id")).findFirst().orElseThrow();
    }

    /** How many of the organization's patients called {@code lastName} (unique to a test) carry this MRN. */
    private static long patientsWith(String lastName, String mrn) {
        Set<String> ids = new HashSet<>();
        for (JsonValue user : data(clinic.key, "query($k: String) { users(keywords: $k, page_size: 100) { id } }",
                vars("k", lastName)).getJsonArray("users")) {
            ids.add(user.asJsonObject().getString("id"));
        }
        return ids.stream().filter(id -> json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + id, clinic.key, null)
                .body()).getString("mrn", "").equals(mrn)).count();
    }
}
