package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.caregate.it.webhooks.SeedVerifiers;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's episodes of care (seed 004 "Episodes Of Care") end to end: the seed's examples, bad input, the rule that
 * an appointment names only an episode of its own patient on all three paths (create, update, assign), another
 * organization's episodes answered as unknown, the visits of an episode with their visit notes, racing revisions,
 * and episode:created / episode:updated webhooks decrypted with the seed's code.
 */
class EpisodesIT {

    /** Seed 004's Create Episode body, verbatim: comments, placeholders and two missing commas. */
    static final String SEED_CREATE = """
            {
            "name": "covid care", // [string] (required) episode name
            "type": "covid", // [string] (required) predefined string, episode type
            "from": "YYYY-MM-DD", // [string] (required) start date for episode
            "to": "YYYY-MM-DD", // [string] (optional) end date for episode
            "status": "string" // [string] (required) [PLANNING, WAITLIST, ACTIVE, ONHOLD, FINISHED, CANCELED]
            "objective": "care covid patient" // [string] (optional)
            "reasonIncomplete": "unknown" // [string] (optional) reason if the episode status is incomplete
            }""";
    /** The same body repaired (docs/episodes.md): JSON without comments, real dates, a status the reason fits. */
    static final String REPAIRED_CREATE = """
            {
            "name": "covid care",
            "type": "covid",
            "from": "2023-03-29",
            "to": "2023-04-29",
            "status": "ONHOLD",
            "objective": "care covid patient",
            "reasonIncomplete": "unknown"
            }""";
    /** Seed 004's Update Episode body, repaired the same way. */
    static final String REPAIRED_UPDATE = """
            {
            "name": "covid care",
            "type": "covid",
            "from": "2023-03-29",
            "to": "2023-04-29",
            "status": "ACTIVE",
            "objective": "care covid patient"
            }""";
    static final String SEED_EPISODE_ID = "bd43a830-6c0b-4120-b5b8-78a117f8ee02";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The Solo patient id (SPID) of each patient the tests registered, by the EHR's id. */
    private static final Map<String, Long> SPIDS = new ConcurrentHashMap<>();

    private static Clinic clinic;
    private static Clinic otherClinic;
    private static String room;
    private static long nineOClock;
    private static WebhookReceiver receiver;
    private static int slot;

    @BeforeAll
    static void practice() {
        receiver = WebhookReceiver.start();
        clinic = Clinic.open("UTC");
        otherClinic = Clinic.open("UTC");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        clinic.once(clinic.providerId, day, "00:00", "23:55");
        room = "Episodes " + Api.unique();
        JsonObject created = data(clinic.key, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, service_line: "Neurology",
                  service_type: "Demo", slot_duration: 900, provider_ids: $p}) {
                  waitingRoom { id } messages { field message } } }""",
                vars("n", room, "p", Clinic.ids(clinic.providerId))).getJsonObject("createWaitingRoom");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        nineOClock = day.atTime(0, 0).toEpochSecond(ZoneOffset.UTC);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theSeedsExamplesOpenListReadReviseAndGroupVisits() {
        String ehrId = patient(clinic);
        HttpResponse<String> asPrinted = rest("POST", episodes(ehrId), clinic.key, SEED_CREATE);
        assertThat(asPrinted.statusCode()).as("the printed body is no JSON").isEqualTo(400);
        assertThat(message(asPrinted))
                .isEqualTo("Bad parameters [body: Malformed JSON: the body is not one valid JSON value.]");

        HttpResponse<String> created = rest("POST", episodes(ehrId), clinic.key, REPAIRED_CREATE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = json(created.body()).getString("episodeId");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(json(created.body()).keySet()).containsExactly("episodeId");

        JsonArray list = json(rest("GET", episodes(ehrId), clinic.key, null).body()).getJsonArray("episodes");
        assertThat(list).hasSize(1);
        JsonObject listed = list.getJsonObject(0);
        assertThat(listed.keySet()).containsExactlyInAnyOrder("id", "patientId", "name", "from", "to", "type",
                "status", "objective", "reasonIncomplete");
        assertThat(listed.getString("patientId")).isEqualTo(ehrId);
        assertThat(listed.getString("status")).isEqualTo("onhold");
        assertThat(listed.getString("from")).isEqualTo("2023-03-29");
        assertThat(listed.getString("reasonIncomplete")).isEqualTo("unknown");

        JsonObject single = json(rest("GET", "/qapi/v1/episodes/" + id, clinic.key, null).body());
        assertThat(single.keySet()).containsExactlyInAnyOrder("id", "name", "from", "to", "type", "status",
                "objective", "reasonIncomplete", "soloPatientId", "externalPatientId");
        assertThat(single.getJsonNumber("soloPatientId").longValue()).isEqualTo(SPIDS.get(ehrId));
        assertThat(single.getString("externalPatientId")).isEqualTo(ehrId);
        assertThat(single.getString("objective")).isEqualTo("care covid patient");

        HttpResponse<String> updated = rest("PUT", "/qapi/v1/episodes/" + id, clinic.key, REPAIRED_UPDATE);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated.body()).getString("status")).isEqualTo("active");
        assertThat(json(updated.body()).isNull("reasonIncomplete")).isTrue();
        HttpResponse<String> upperCaseId = rest("GET", "/qapi/v1/episodes/" + id.toUpperCase(), clinic.key, null);
        assertThat(json(upperCaseId.body()).getString("id")).isEqualTo(id);

        // visits join it when booked, by assignment, and leave it by assignment without an episodeId
        long booked = book(clinic, ehrId, id);
        long later = book(clinic, ehrId, null);
        HttpResponse<String> assigned = rest("PUT", "/qapi/v1/appointments/" + later + "/episode/assign", clinic.key,
                "{\"episodeId\": \"" + id + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json(assigned.body()).getString("episodeOfCareId")).isEqualTo(id);
        JsonObject grouped = json(rest("GET", "/qapi/v1/episodes/" + id + "/appointments", clinic.key, null).body());
        assertThat(grouped.getJsonObject("episode").getString("id")).isEqualTo(id);
        assertThat(grouped.getJsonObject("episode").getString("externalPatientId")).isEqualTo(ehrId);
        JsonArray visits = grouped.getJsonArray("appointments");
        assertThat(visits.stream().map(v -> v.asJsonObject().getJsonNumber("appointmentId").longValue()))
                .containsExactly(booked, later);
        JsonObject first = visits.getJsonObject(0);
        assertThat(first.keySet()).containsExactlyInAnyOrder("appointmentId", "date", "reasons", "hasNotes",
                "episodeOfCareId");
        assertThat(first.getJsonArray("reasons").getString(0)).isEqualTo("cough");
        assertThat(first.getBoolean("hasNotes")).isFalse();
        assertThat(first.getString("episodeOfCareId")).isEqualTo(id);

        writeVisitNote(booked);
        JsonArray noted = json(rest("GET", "/qapi/v1/episodes/" + id + "/appointments", clinic.key, null).body())
                .getJsonArray("appointments");
        assertThat(noted.getJsonObject(0).getBoolean("hasNotes")).isTrue();
        assertThat(noted.getJsonObject(1).getBoolean("hasNotes")).isFalse();

        HttpResponse<String> unassigned = rest("PUT", "/qapi/v1/appointments/" + later + "/episode/assign",
                clinic.key, "{}");
        assertThat(unassigned.statusCode()).as(unassigned.body()).isEqualTo(200);
        assertThat(json(unassigned.body()).isNull("episodeOfCareId")).isTrue();
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + later, clinic.key, null).body())
                .isNull("episodeOfCareId")).isTrue();
        assertThat(json(rest("GET", "/qapi/v1/episodes/" + id + "/appointments", clinic.key, null).body())
                .getJsonArray("appointments")).hasSize(1);
    }

    @Test
    void refusesBadInputInSolosShape() {
        String ehrId = patient(clinic);
        assertRefused(rest("POST", episodes(ehrId), clinic.key, "{}"),
                "Bad parameters [name: can't be blank. type: can't be blank. from: can't be blank. "
                        + "status: can't be blank.]");
        assertRefused(rest("POST", episodes(ehrId), clinic.key, """
                {"name": "a", "type": "b", "from": "29/03/2023", "to": "2023-02-30", "status": "DONE"}"""),
                "Bad parameters [from: This value is not a valid date (YYYY-MM-DD). to: This value is not a valid "
                        + "date (YYYY-MM-DD). status: must be one of PLANNING, WAITLIST, ACTIVE, ONHOLD, FINISHED, "
                        + "CANCELED.]");
        assertRefused(rest("POST", episodes(ehrId), clinic.key, """
                {"name": "a", "type": "b", "from": "2023-03-29", "to": "2023-03-28", "status": "ACTIVE",
                 "reasonIncomplete": "unknown"}"""),
                "Bad parameters [to: must not be before from. reasonIncomplete: only applies to an episode that is "
                        + "ONHOLD or CANCELED.]");
        assertRefused(rest("POST", episodes(ehrId), clinic.key, """
                {"name": "%s", "type": 5, "from": "1999-12-31", "status": ["ACTIVE"]}""".formatted("n".repeat(256))),
                "Bad parameters [status: This value should be of type string.]");
        assertRefused(rest("POST", episodes(ehrId), clinic.key, """
                {"name": "%s", "type": "b", "from": "1999-12-31", "status": "ACTIVE"}""".formatted("n".repeat(256))),
                "Bad parameters [name: is too long (at most 255 characters). from: must be between 2000-01-01 and "
                        + "2099-12-31.]");
        assertRefused(rest("POST", episodes(ehrId), clinic.key, "[]"), "Bad parameters [body: A JSON object is required.]");
        assertThat(rest("POST", episodes("nobody-" + Api.unique()), clinic.key, REPAIRED_CREATE).statusCode())
                .isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/episodes/not-a-uuid", clinic.key, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/episodes/" + SEED_EPISODE_ID, clinic.key, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/episodes/" + SEED_EPISODE_ID + "/appointments", clinic.key, null)
                .statusCode()).isEqualTo(404);

        String id = json(rest("POST", episodes(ehrId), clinic.key, REPAIRED_UPDATE).body()).getString("episodeId");
        assertRefused(rest("PUT", "/qapi/v1/episodes/" + id, clinic.key, REPAIRED_UPDATE.replace("ACTIVE", "PLANNING")),
                "Bad parameters [status: An episode active cannot become planning.]");
        assertThat(rest("PUT", "/qapi/v1/episodes/" + id, clinic.key, REPAIRED_UPDATE.replace("ACTIVE", "FINISHED"))
                .statusCode()).isEqualTo(200);
        assertRefused(rest("PUT", "/qapi/v1/episodes/" + id, clinic.key, REPAIRED_UPDATE),
                "Bad parameters [status: The episode is finished and can no longer change.]");
        assertThat(rest("PUT", "/qapi/v1/episodes/" + id, clinic.key, REPAIRED_UPDATE.replace("ACTIVE", "FINISHED"))
                .statusCode()).as("the same episode sent again").isEqualTo(200);
        assertThat(rest("GET", episodes(ehrId), "not-a-key", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAppointmentNamesOnlyAnEpisodeOfItsOwnPatientOnEveryPath() {
        String ehrId = patient(clinic);
        String otherPatient = patient(clinic);
        String mine = episode(clinic, ehrId);
        String theirs = episode(clinic, otherPatient);
        String otherOrganizations = episode(otherClinic, patient(otherClinic));
        long appointment = book(clinic, ehrId, mine);

        for (String path : List.of("create", "update", "assign")) {
            assertThat(episodeOf(path, ehrId, appointment, SEED_EPISODE_ID).statusCode()).as(path + ", unknown")
                    .isEqualTo(404);
            assertThat(message(episodeOf(path, ehrId, appointment, SEED_EPISODE_ID))).isEqualTo("Episode not found");
            assertThat(episodeOf(path, ehrId, appointment, otherOrganizations).statusCode())
                    .as(path + ", another organization's").isEqualTo(404);
            String field = path.equals("assign") ? "episodeId" : "episodeOfCareId";
            assertRefused(episodeOf(path, ehrId, appointment, theirs),
                    "Bad parameters [" + field + ": is an episode of another patient.]");
            assertRefused(episodeOf(path, ehrId, appointment, "4e96ed0e"),
                    "Bad parameters [" + field + ": is not a valid id.]");
        }
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + appointment, clinic.key, null).body())
                .getString("episodeOfCareId")).as("refusals change nothing").isEqualTo(mine);
        String another = episode(clinic, ehrId);
        HttpResponse<String> moved = rest("PUT", "/qapi/v1/appointments/" + appointment, clinic.key,
                "{\"episodeOfCareId\": \"" + another.toUpperCase() + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + appointment, clinic.key, null).body())
                .getString("episodeOfCareId")).isEqualTo(another);
        assertThat(rest("PUT", "/qapi/v1/appointments/" + appointment + "/episode/assign", clinic.key, "not json")
                .statusCode()).isEqualTo(400);
        assertThat(rest("PUT", "/qapi/v1/appointments/0/episode/assign", clinic.key, "{}").statusCode())
                .isIn(400, 404);
    }

    @Test
    void anotherOrganizationsEpisodesPatientsAndAppointmentsAreUnknown() {
        String ehrId = patient(clinic);
        String id = episode(clinic, ehrId);
        long appointment = book(clinic, ehrId, id);
        for (HttpResponse<String> answer : List.of(
                rest("GET", "/qapi/v1/episodes/" + id, otherClinic.key, null),
                rest("PUT", "/qapi/v1/episodes/" + id, otherClinic.key, REPAIRED_UPDATE),
                rest("GET", "/qapi/v1/episodes/" + id + "/appointments", otherClinic.key, null),
                rest("GET", episodes(ehrId), otherClinic.key, null),
                rest("POST", episodes(ehrId), otherClinic.key, REPAIRED_CREATE),
                rest("PUT", "/qapi/v1/appointments/" + appointment + "/episode/assign", otherClinic.key, "{}"))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        }
        assertThat(json(rest("GET", "/qapi/v1/appointments/" + appointment, clinic.key, null).body())
                .getString("episodeOfCareId")).isEqualTo(id);
    }

    @Test
    void staffPortalsReadTheSameEpisodesOverGraphQl() {
        String ehrId = patient(clinic);
        String id = episode(clinic, ehrId);
        String patient = Long.toString(SPIDS.get(ehrId));
        JsonArray listed = data(clinic.key, "query($u: ID) { episodesOfCare(user_id: $u) { id user_id "
                + "external_patient_id name type from to status objective reason_incomplete } }", vars("u", patient))
                .getJsonArray("episodesOfCare");
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(listed.getJsonObject(0).getString("user_id")).isEqualTo(patient);
        assertThat(listed.getJsonObject(0).getString("external_patient_id")).isEqualTo(ehrId);
        assertThat(listed.getJsonObject(0).getString("status")).isEqualTo("active");
        assertThat(data(clinic.key, "query($id: ID) { episodeOfCare(id: $id) { from to } }", vars("id", id))
                .getJsonObject("episodeOfCare").toString()).isEqualTo("{\"from\":\"2023-03-29\",\"to\":\"2023-04-29\"}");
        assertThat(graphQlCode(otherClinic.key, "query($id: ID) { episodeOfCare(id: $id) { id } }", vars("id", id)))
                .isEqualTo("NOT_FOUND");
        assertThat(graphQlCode(otherClinic.key, "query($u: ID) { episodesOfCare(user_id: $u) { id } }",
                vars("u", patient))).isEqualTo("NOT_FOUND");
        assertThat(graphQlCode(clinic.key, "query($id: ID) { episodeOfCare(id: $id) { id } }",
                vars("id", "not-a-uuid"))).isEqualTo("NOT_FOUND");
    }

    @Test
    void anOrganizationsCatalogueOfTypesBindsItsEpisodesOnceItHasOne() {
        Clinic own = Clinic.open("UTC");
        String ehrId = patient(own);
        assertThat(rest("POST", episodes(ehrId), own.key, REPAIRED_UPDATE.replace("\"covid\"", "\"anything\""))
                .statusCode()).as("no catalogue: free text").isEqualTo(200);
        String create = """
                mutation($n: String) { createEpisodeType(input: {name: $n}) { episodeType { id name }
                  messages { field message } } }""";
        JsonObject covid = data(own.key, create, vars("n", "Covid")).getJsonObject("createEpisodeType");
        assertThat(covid.isNull("messages")).as(covid.toString()).isTrue();
        data(own.key, create, vars("n", "Maternity"));
        assertThat(data(own.key, create, vars("n", "COVID")).getJsonObject("createEpisodeType")
                .getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("has already been taken");
        assertThat(data(own.key, "{ episodeTypes { name } }", null).getJsonArray("episodeTypes").toString())
                .isEqualTo("[{\"name\":\"Covid\"},{\"name\":\"Maternity\"}]");

        assertRefused(rest("POST", episodes(ehrId), own.key, REPAIRED_UPDATE.replace("\"covid\"", "\"anything\"")),
                "Bad parameters [type: must be one of the organization's episode types: Covid, Maternity.]");
        String id = json(rest("POST", episodes(ehrId), own.key, REPAIRED_UPDATE).body()).getString("episodeId");
        assertThat(json(rest("GET", "/qapi/v1/episodes/" + id, own.key, null).body()).getString("type"))
                .as("the catalogue's spelling").isEqualTo("Covid");
        assertThat(data(otherClinic.key, "mutation($id: ID) { deleteEpisodeType(input: {id: $id}) { "
                + "messages { field message } } }", vars("id", covid.getJsonObject("episodeType").getString("id")))
                .getJsonObject("deleteEpisodeType").getJsonArray("messages").getJsonObject(0).getString("message"))
                .as("another organization's type").isEqualTo("Episode type not found");
        JsonObject deleted = data(own.key, "mutation($id: ID) { deleteEpisodeType(input: {id: $id}) { "
                        + "episodeType { name } messages { field message } } }",
                vars("id", covid.getJsonObject("episodeType").getString("id"))).getJsonObject("deleteEpisodeType");
        assertThat(deleted.getJsonObject("episodeType").getString("name")).isEqualTo("Covid");
        assertThat(json(rest("GET", "/qapi/v1/episodes/" + id, own.key, null).body()).getString("type"))
                .as("an episode keeps its type").isEqualTo("Covid");
    }

    @Test
    void racingRevisionsOfOneEpisodeTakeTurnsAndOnlyOneClosesIt() throws Exception {
        String id = episode(clinic, patient(clinic));
        List<Integer> statuses = Concurrently.run(8, n -> rest("PUT", "/qapi/v1/episodes/" + id, clinic.key,
                REPAIRED_UPDATE.replace("ACTIVE", "FINISHED").replace("care covid patient", "closed by " + n))
                .statusCode());
        assertThat(statuses).containsOnly(200, 400);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(json(rest("GET", "/qapi/v1/episodes/" + id, clinic.key, null).body()).getString("status"))
                .isEqualTo("finished");
    }

    @Test
    void episodeWebhooksDecryptWithTheSeedsCode() throws Exception {
        Clinic subscriber = Clinic.open("UTC");
        String path = "/episodes/" + Api.unique();
        HttpResponse<String> webhook = rest("POST", "/qapi/v1/webhooks", subscriber.key, "{\"endpoint\": \""
                + receiver.url(path) + "\", \"events\": [\"episode:created\", \"episode:updated\"]}");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        String key = json(webhook.body()).getString("encryptionKey");
        String id = episode(subscriber, patient(subscriber));
        assertThat(rest("PUT", "/qapi/v1/episodes/" + id, subscriber.key, REPAIRED_UPDATE.replace("ACTIVE", "ONHOLD"))
                .statusCode()).isEqualTo(200);

        List<WebhookReceiver.Received> deliveries = receiver.await(path, 2, WAIT);
        assertThat(deliveries).hasSize(2);
        List<String> decrypted = new ArrayList<>();
        for (WebhookReceiver.Received delivery : deliveries) {
            String data = json(delivery.body()).getString("data");
            String plain = SeedVerifiers.soloDecrypt(key, data);
            decrypted.add(plain);
            SeedVerifiers.soloDecryptInPhp(key, data).ifPresent(php ->
                    assertThat(php).as("seed 004's PHP, verbatim").isEqualTo(plain));
        }
        assertThat(decrypted).containsExactlyInAnyOrder(
                "{\"event\":\"episode:created\",\"data\":{\"episodeId\":\"" + id + "\"}}",
                "{\"event\":\"episode:updated\",\"data\":{\"episodeId\":\"" + id + "\"}}");
    }

    /** Names an episode on one of the three paths: booking a visit, updating one, or assigning one. */
    private static HttpResponse<String> episodeOf(String path, String ehrId, long appointment, String episode) {
        return switch (path) {
            case "create" -> rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                    "{\"waitingRoom\": \"" + room + "\", \"date\": " + nextSlot() + ", \"episodeOfCareId\": \""
                            + episode + "\"}");
            case "update" -> rest("PUT", "/qapi/v1/appointments/" + appointment, clinic.key,
                    "{\"episodeOfCareId\": \"" + episode + "\"}");
            default -> rest("PUT", "/qapi/v1/appointments/" + appointment + "/episode/assign", clinic.key,
                    "{\"episodeId\": \"" + episode + "\"}");
        };
    }

    private static String patient(Clinic at) {
        String ehrId = "EHR-" + Api.unique();
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients", at.key,
                SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@example.org"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        SPIDS.put(ehrId, Long.parseLong(created.body()));
        return ehrId;
    }

    private static String episode(Clinic at, String ehrId) {
        HttpResponse<String> created = rest("POST", episodes(ehrId), at.key, REPAIRED_UPDATE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return json(created.body()).getString("episodeId");
    }

    private static long book(Clinic at, String ehrId, String episode) {
        String episodeField = episode == null ? "" : ", \"episodeOfCareId\": \"" + episode + "\"";
        HttpResponse<String> booked = rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", at.key,
                "{\"waitingRoom\": \"" + room + "\", \"reasons\": [\"cough\"], \"date\": " + nextSlot()
                        + episodeField + "}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        return json(booked.body()).getJsonNumber("id").longValue();
    }

    private static synchronized long nextSlot() {
        return nineOClock + 900L * slot++;
    }

    /** Writes the appointment's visit note (a chart note) through Solo's visit-note endpoint. */
    private static void writeVisitNote(long appointment) {
        String name = "Visit note " + Api.unique();
        String form = FilledFormsIT.template(clinic.key, name, true);
        FilledFormsIT.question(clinic.key, form, "text", "Subjective", null, false);
        String uuid = data(clinic.key, "query($id: ID) { customModuleForm(id: $id) { custom_modules { uuid } } }",
                vars("id", form)).getJsonObject("customModuleForm").getJsonArray("custom_modules").getJsonObject(0)
                .getString("uuid");
        HttpResponse<String> note = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                "{\"name\": \"" + name + "\", \"questions\": [{\"id\": \"" + uuid + "\", \"value\": [\"better\"]}]}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
    }

    private static String episodes(String ehrId) {
        return "/qapi/v1/patients/" + ehrId + "/episodes";
    }

    private static void assertRefused(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo(message);
    }

    private static String graphQlCode(String key, String query, JsonObject variables) {
        return Api.graphql(key, query, variables).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code");
    }

    private static String message(HttpResponse<String> answer) {
        return json(answer.body()).getJsonObject("error").getString("message");
    }
}
