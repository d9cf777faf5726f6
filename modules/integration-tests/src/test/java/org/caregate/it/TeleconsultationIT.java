package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The teleconsultation service's rooms (seed 003) under /teleconsultation, with its rules and error shapes. */
class TeleconsultationIT {

    private static Clinic clinic;
    private static String doctor;
    private static String colleague;
    private static Clinic.Patient patient;

    @BeforeAll
    static void practice() {
        clinic = Clinic.open("Europe/Rome");
        doctor = clinic.providerId;
        colleague = clinic.addProvider("Europe/Rome");
        patient = clinic.signedInPatient("Europe/Rome");
    }

    private static HttpResponse<String> call(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri("/teleconsultation" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return Api.send(request);
    }

    private static String dates(Instant start, int minutes) {
        return "\"start_date\": \"" + start + "\", \"end_date\": \"" + start.plus(minutes, ChronoUnit.MINUTES) + "\"";
    }

    private static String create(String participants, Instant start) {
        HttpResponse<String> created = call("POST", "", clinic.key, "{\"participants\": " + participants + ", "
                + dates(start, 60) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).getString("roomId");
    }

    @Test
    void participantsGetTheirOwnLinksAndOthersAreUnauthorized() {
        String roomId = create("[\"" + doctor + "\", \"" + patient.id() + "\"]", Instant.now().plus(1, ChronoUnit.DAYS));
        JsonObject forDoctor = json(call("GET", "/" + roomId, clinic.key, null).body());
        assertThat(forDoctor.getString("bandyerUserId")).isEqualTo(doctor);
        assertThat(forDoctor.getJsonArray("participantsBandyerCall")).hasSize(2);
        JsonObject forPatient = json(call("GET", "/" + roomId, patient.token(), null).body());
        assertThat(forPatient.getString("bandyerUserId")).isEqualTo(patient.id());
        assertThat(forPatient.getString("accessLinkURL")).isNotEqualTo(forDoctor.getString("accessLinkURL"));
        assertThat(json(Api.send(HttpRequest.newBuilder(URI.create(forDoctor.getString("accessLinkURL") + "/state")).GET())
                .body()).getString("role")).isEqualTo("provider");

        String colleagueKey = Api.graphql(clinic.key, "mutation($u: ID) { createApiKey(input: {name: \"c\", user_id: $u}) "
                + "{ api_key } }", Api.vars("u", colleague)).getJsonObject("data").getJsonObject("createApiKey").getString("api_key");
        HttpResponse<String> outsider = call("GET", "/" + roomId, colleagueKey, null);
        assertThat(outsider.statusCode()).isEqualTo(401);
        assertThat(json(outsider.body()).getString("error")).isEqualTo("Unauthorized user");
        HttpResponse<String> unknown = call("GET", "/" + java.util.UUID.randomUUID(), clinic.key, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).getString("error")).startsWith("Room with id ").endsWith(" not found on CRUD");
        assertThat(call("GET", "/" + roomId, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theRoomOpensWhenEveryParticipantIsKnownAndNeedsAPlusUser() {
        String roomId = create("{\"number\": 3, \"data\": [{\"userExternalId\": \"" + doctor + "\", \"language\": \"it\"}, "
                + "{\"userExternalId\": \"" + patient.id() + "\", \"groups\": [\"patient\"], \"fullName\": \"Jane Doe\"}]}",
                Instant.now().plus(1, ChronoUnit.DAYS));
        HttpResponse<String> notReady = call("GET", "/" + roomId, clinic.key, null);
        assertThat(notReady.statusCode()).isEqualTo(400);
        HttpResponse<String> added = call("POST", "/" + roomId + "/participants/data", clinic.key,
                "{\"userExternalId\": \"" + colleague + "\", \"fullName\": \"Joe Smith\", \"language\": \"it\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject access = json(call("GET", "/" + roomId, patient.token(), null).body());
        assertThat(access.getJsonArray("participantsBandyerCall")).hasSize(3);
        assertThat(access.getJsonArray("participantsBandyerCall").getJsonObject(1).getString("fullName")).isEqualTo("Jane Doe");

        HttpResponse<String> noPlus = call("POST", "", clinic.key, "{\"participants\": [\"" + patient.id() + "\"], "
                + dates(Instant.now().plus(1, ChronoUnit.DAYS), 30) + "}");
        assertThat(noPlus.statusCode()).isEqualTo(400);
        assertThat(json(noPlus.body()).getString("error")).isEqualTo("Failed POST /teleconsultation: no plus user in room");

        String waiting = create("{\"number\": 2, \"data\": [{\"userExternalId\": \"" + patient.id() + "\"}]}",
                Instant.now().plus(1, ChronoUnit.DAYS));
        Clinic.Patient another = clinic.signedInPatient("Europe/Rome");
        HttpResponse<String> lastNoPlus = call("POST", "/" + waiting + "/participants/data", clinic.key,
                "{\"userExternalId\": \"" + another.id() + "\"}");
        assertThat(lastNoPlus.statusCode()).isEqualTo(400);
        assertThat(json(lastNoPlus.body()).getString("error"))
                .isEqualTo("Failed POST /teleconsultation/" + waiting + "/participants/data: no plus user in room");
        HttpResponse<String> doctorGroup = call("POST", "/" + waiting + "/participants/data", clinic.key,
                "{\"userExternalId\": \"" + another.id() + "\", \"groups\": [\"patient\", \"doctor\"]}");
        assertThat(doctorGroup.statusCode()).as("the highest of a user's roles counts").isEqualTo(201);
    }

    @Test
    void changesReplaceTheLinksUntilTheImmutablePeriodAndDeleteTrashesTheRoom() {
        String roomId = create("[\"" + doctor + "\", \"" + patient.id() + "\"]", Instant.now().plus(1, ChronoUnit.DAYS));
        String before = json(call("GET", "/" + roomId, patient.token(), null).body()).getString("accessLinkURL");
        HttpResponse<String> changed = call("PATCH", "/" + roomId, clinic.key, "{" + dates(Instant.now().plus(2,
                ChronoUnit.DAYS), 120) + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        JsonObject after = json(call("GET", "/" + roomId, patient.token(), null).body());
        assertThat(after.getString("accessLinkURL")).isNotEqualTo(before);
        JsonObject state = json(Api.send(HttpRequest.newBuilder(URI.create(after.getString("accessLinkURL") + "/state"))
                .GET()).body());
        assertThat(java.time.Duration.between(Instant.parse(state.getString("startsAt")),
                Instant.parse(state.getString("closesAt"))).toMinutes()).isEqualTo(120);
        assertThat(Api.send(HttpRequest.newBuilder(URI.create(before + "/state")).GET()).statusCode()).isEqualTo(404);

        String soon = create("[\"" + doctor + "\", \"" + patient.id() + "\"]", Instant.now().plus(2, ChronoUnit.MINUTES));
        HttpResponse<String> frozen = call("PATCH", "/" + soon, clinic.key, "{\"participants\": [\"" + doctor + "\"]}");
        assertThat(frozen.statusCode()).isEqualTo(400);
        assertThat(json(frozen.body()).getString("error")).startsWith("Failed PATCH /teleconsultation/" + soon + ":");

        assertThat(call("DELETE", "/" + roomId, clinic.key, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/" + roomId, patient.token(), null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/" + roomId, clinic.key, null).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedInTheServicesShape() {
        for (String body : new String[] {"{}", "{\"participants\": [\"nobody-" + Api.unique() + "\"], "
                + dates(Instant.now().plus(1, ChronoUnit.DAYS), 30) + "}",
                "{\"participants\": [\"" + doctor + "\"], \"start_date\": \"tomorrow\", \"end_date\": \"later\"}",
                "{\"participants\": [\"" + doctor + "\"], \"start_date\": \"2030-01-01T10:00:00Z\", \"end_date\": \"2030-01-01T09:00:00Z\"}",
                "{\"participants\": {\"number\": 1, \"data\": [{\"userExternalId\": \"" + doctor + "\", \"groups\": [\"wizard\"]}]}, "
                        + dates(Instant.now().plus(1, ChronoUnit.DAYS), 30) + "}", "not json"}) {
            HttpResponse<String> refused = call("POST", "", clinic.key, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(json(refused.body()).getString("error")).as(body).isNotBlank();
        }
        HttpResponse<String> patientCreates = call("POST", "", patient.token(), "{\"participants\": [\"" + doctor + "\"], "
                + dates(Instant.now().plus(1, ChronoUnit.DAYS), 30) + "}");
        assertThat(patientCreates.statusCode()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesARoomNorNamesThisOnesUsers() {
        String roomId = create("[\"" + doctor + "\", \"" + patient.id() + "\"]", Instant.now().plus(1, ChronoUnit.DAYS));
        String other = Fixtures.newOrganization("Other teleconsultations " + Api.unique());
        assertThat(call("GET", "/" + roomId, other, null).statusCode()).isEqualTo(404);
        assertThat(call("PATCH", "/" + roomId, other, "{\"start_date\": \"2030-01-01T10:00:00Z\"}").statusCode())
                .isEqualTo(404);
        assertThat(call("DELETE", "/" + roomId, other, null).statusCode()).isEqualTo(404);
        HttpResponse<String> foreignUsers = call("POST", "", other, "{\"participants\": [\"" + doctor + "\", \""
                + patient.id() + "\"], " + dates(Instant.now().plus(1, ChronoUnit.DAYS), 30) + "}");
        assertThat(foreignUsers.statusCode()).isEqualTo(400);
        assertThat(json(foreignUsers.body()).getString("error")).contains("unknown participant");
        assertThat(call("GET", "/" + roomId, patient.token(), null).statusCode()).isEqualTo(200);
    }
}
