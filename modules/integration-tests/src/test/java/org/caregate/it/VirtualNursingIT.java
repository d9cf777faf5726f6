package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Virtual nursing (issue 14): seed 004's assistance requests under /qapi/v1/request-assistance — the four body forms
 * as printed, the three refusals verbatim, GET and DELETE with a JSON body and with query parameters, 32 racing
 * calls leaving one request — and the nurses' queue over GraphQL (accept, start an audio/video session, finish,
 * cancel) read back over REST, the session's links opening the visit page, with the events on the topic and another
 * organization seeing nothing.
 */
class VirtualNursingIT {

    private static final String PATH = "/qapi/v1/request-assistance";
    private static final String MISSING = "Service Request Error: Missing Required Parameters. Please include either "
            + "Device ID, Patient ID, or a combination of Building, Floor, Room, and Bed (opt.), or Department, Room, "
            + "and Bed (opt.) to proceed";
    private static final String NO_DEVICE = "Device could not be found from the data submitted";
    private static final String NOT_FOUND = "Service Request Error: Request not found";
    private static final String REQUEST_FIELDS = "id status assigned_to_id created_at finished_at "
            + "care_location { id name room } patient { id mrn }";

    private String key;
    private String hospitalRoom;
    private String ward;
    private String patient;

    /** The seed's examples, repaired: the "// [type] description" annotations are the document's, not the body's. */
    static String seedBody(String file) {
        return Fixtures.seedExample(file).lines().map(line -> line.replaceFirst("\\s*//.*$", ""))
                .collect(Collectors.joining("\n")).replaceAll(",(\\s*})", "$1");
    }

    /** An organization of its own with the seed's facility: building "hospital", "emergency department", MRN 1234. */
    @BeforeEach
    void facility() {
        key = Fixtures.newOrganization("Nursing " + Api.unique());
        String hospital = location(key, "building", "hospital");
        String emergency = location(key, "department", "emergency department");
        hospitalRoom = careLocation(key, hospital, "ICC-CL-01-02", "floor 2", "431", "bed 2", "123457", "robot", true);
        ward = careLocation(key, emergency, "ED-431-2", null, "431", "bed 2", "ED-" + Api.unique(), "cart", false);
        String ehrId = "EHR-" + Api.unique();
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients", key,
                SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com").replace("MRN-123", "1234"));
        assertThat(created.statusCode()).isEqualTo(200);
        patient = created.body();
        JsonObject placed = data(key, """
                mutation($c: ID, $m: String) { placeNursingPatient(input: {care_location_id: $c, mrn: $m}) {
                  careLocation { id patient { id mrn } } messages { field message } } }""",
                vars("c", hospitalRoom, "m", "1234")).getJsonObject("placeNursingPatient");
        assertThat(placed.getJsonObject("careLocation").getJsonObject("patient").getString("id")).isEqualTo(patient);
    }

    static String location(String key, String kind, String name) {
        JsonObject payload = data(key, """
                mutation($k: String, $n: String) { createNursingLocation(input: {kind: $k, name: $n}) {
                  nursingLocation { id kind name } messages { field message } } }""", vars("k", kind, "n", name))
                .getJsonObject("createNursingLocation");
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("nursingLocation").getString("id");
    }

    static String careLocation(String key, String location, String name, String floor, String room, String bed,
                               String serial, String type, boolean skipActivation) {
        JsonObject payload = data(key, """
                mutation($l: ID, $n: String, $f: String, $r: String, $b: String, $s: String, $t: String, $sk: Boolean) {
                  createCareLocation(input: {nursing_location_id: $l, name: $n, floor: $f, room: $r, bed: $b,
                    device_serial_number: $s, device_type: $t, skip_activation: $sk}) {
                  careLocation { id device { serial_number availability } } messages { field message } } }""",
                vars("l", location, "n", name, "f", floor, "r", room, "b", bed, "s", serial, "t", type,
                        "sk", skipActivation)).getJsonObject("createCareLocation");
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("careLocation").getString("id");
    }

    private static Set<String> keys(JsonObject object) {
        return object.keySet();
    }

    @Test
    void eachPrintedBodyFindsItsCareLocationAndTheAnswerHasThePrintedShape() {
        HttpResponse<String> building = rest("POST", PATH, key, seedBody("004-request-assistance-building.json"));
        assertThat(building.statusCode()).as(building.body()).isEqualTo(201);
        JsonObject answer = json(building.body());
        JsonObject printed = json(seedBody("004-request-assistance-response.json"));
        assertThat(keys(answer)).isEqualTo(keys(printed));
        assertThat(keys(answer.getJsonObject("careLocation"))).isEqualTo(keys(printed.getJsonObject("careLocation")));
        assertThat(keys(answer.getJsonObject("careLocation").getJsonObject("video")))
                .isEqualTo(keys(printed.getJsonObject("careLocation").getJsonObject("video")));
        assertThat(keys(answer.getJsonObject("patient"))).isEqualTo(keys(printed.getJsonObject("patient")));
        assertThat(keys(answer.getJsonObject("location"))).isEqualTo(keys(printed.getJsonObject("location")));
        assertThat(answer.getString("device")).isEqualTo("123457");
        assertThat(answer.getString("status")).isEqualTo("incomplete");
        assertThat(answer.getString("room")).isEqualTo("431");
        assertThat(answer.isNull("assignedTo")).isTrue();
        assertThat(answer.isNull("finishedAt")).isTrue();
        assertThat(answer.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(answer.getJsonArray("avSessions")).isEmpty();
        assertThat(answer.getBoolean("createdFromExternalApi")).isTrue();
        JsonObject careLocation = answer.getJsonObject("careLocation");
        assertThat(careLocation.getString("id")).isEqualTo(hospitalRoom);
        assertThat(careLocation.getString("name")).isEqualTo("ICC-CL-01-02");
        assertThat(careLocation.getString("availability")).isEqualTo("offline");
        assertThat(careLocation.getJsonObject("video").getString("type")).isEqualTo("robot");
        assertThat(careLocation.getJsonObject("video").getBoolean("skipActivation")).isTrue();
        assertThat(careLocation.getJsonObject("video").getString("careLocationId")).isEqualTo(hospitalRoom);
        JsonObject patientJson = answer.getJsonObject("patient");
        assertThat(patientJson.getString("id")).isEqualTo(patient);
        assertThat(patientJson.getString("mrn")).isEqualTo("1234");
        assertThat(patientJson.getString("dob")).isEqualTo("1983-08-15");
        assertThat(patientJson.getInt("age"))
                .isEqualTo(Period.between(LocalDate.of(1983, 8, 15), LocalDate.now(java.time.ZoneOffset.UTC)).getYears());
        assertThat(answer.getJsonObject("location").getString("name")).isEqualTo("hospital");
        String id = answer.getString("id");

        for (String form : List.of("patientMrn", "device")) {
            HttpResponse<String> same = rest("POST", PATH, key, seedBody("004-request-assistance-" + form + ".json"));
            assertThat(same.statusCode()).as(form).isEqualTo(200);
            assertThat(json(same.body()).getString("id")).as(form).isEqualTo(id);
        }
        HttpResponse<String> department = rest("POST", PATH, key, seedBody("004-request-assistance-department.json"));
        assertThat(department.statusCode()).isEqualTo(201);
        JsonObject ed = json(department.body());
        assertThat(ed.getJsonObject("careLocation").getString("id")).isEqualTo(ward);
        assertThat(ed.get("patient")).isEqualTo(JsonValue.NULL);
        assertThat(ed.getJsonObject("location").getString("name")).isEqualTo("emergency department");
    }

    @Test
    void theThreeRefusalsAreFlatAndVerbatim() {
        HttpResponse<String> missing = rest("POST", PATH, key, "{\"building\": \"hospital\", \"room\": \"431\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body())).isEqualTo(json(seedBody("004-request-assistance-missing.json")));
        assertThat(json(missing.body()).getString("message")).isEqualTo(MISSING);
        assertThat(json(rest("GET", PATH, key, null).body()).getString("message")).isEqualTo(MISSING);
        assertThat(json(rest("DELETE", PATH, key, "{}").body()).getString("message")).isEqualTo(MISSING);

        HttpResponse<String> noDevice = rest("POST", PATH, key, "{\"deviceSerialNumber\": \"no-such-device\"}");
        assertThat(noDevice.statusCode()).isEqualTo(404);
        assertThat(json(noDevice.body())).isEqualTo(json(seedBody("004-request-assistance-no-device.json")));
        assertThat(rest("POST", PATH, key, "{\"department\": \"emergency department\", \"room\": \"999\"}").body())
                .isEqualTo("{\"message\":\"" + NO_DEVICE + "\"}");

        for (String method : List.of("GET", "DELETE")) {
            HttpResponse<String> none = rest(method, PATH, key, seedBody("004-request-assistance-device.json"));
            assertThat(none.statusCode()).as(method).isEqualTo(404);
            assertThat(json(none.body())).isEqualTo(json(seedBody("004-request-assistance-not-found.json")));
        }

        // malformed JSON is refused before any resource, as everywhere under /qapi; JSON that is no object here
        assertThat(rest("POST", PATH, key, "{\"deviceSerialNumber\": ").statusCode()).isEqualTo(400);
        HttpResponse<String> array = rest("POST", PATH, key, "[1, 2]");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(json(array.body()).getString("message"))
                .isEqualTo("Service Request Error: the body must be a JSON object");
        assertThat(rest("POST", PATH, key, "{\"deviceSerialNumber\": \"" + "9".repeat(5000) + "\"}").statusCode())
                .isEqualTo(404);
        assertThat(rest("POST", PATH, null, seedBody("004-request-assistance-device.json")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void getAndDeleteTakeABodyOrQueryParameters() {
        String id = json(rest("POST", PATH, key, seedBody("004-request-assistance-department.json")).body())
                .getString("id");
        HttpResponse<String> withBody = Api.send(HttpRequest.newBuilder(Api.uri(PATH))
                .header("Api-Key", key).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString(seedBody("004-request-assistance-department.json"))));
        assertThat(withBody.statusCode()).isEqualTo(200);
        assertThat(json(withBody.body()).getString("id")).isEqualTo(id);
        HttpResponse<String> withQuery = rest("GET",
                PATH + "?department=emergency%20department&room=431&bed=bed%202", key, null);
        assertThat(withQuery.statusCode()).isEqualTo(200);
        assertThat(json(withQuery.body()).getString("id")).isEqualTo(id);

        HttpResponse<String> cancelled = rest("DELETE", PATH + "?department=Emergency%20Department&room=431&bed=bed%202",
                key, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled.body()).getString("status")).isEqualTo("cancelled");
        assertThat(json(cancelled.body()).isNull("finishedAt")).isFalse();
        assertThat(rest("GET", PATH + "?department=emergency%20department&room=431&bed=bed%202", key, null)
                .statusCode()).isEqualTo(404);

        String again = json(rest("POST", PATH, key, seedBody("004-request-assistance-building.json")).body())
                .getString("id");
        HttpResponse<String> deleted = rest("DELETE", PATH, key, seedBody("004-request-assistance-patientMrn.json"));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted.body()).getString("id")).isEqualTo(again);
        assertThat(json(rest("DELETE", PATH, key, seedBody("004-request-assistance-patientMrn.json")).body())
                .getString("message")).isEqualTo(NOT_FOUND);
    }

    @Test
    void thirtyTwoRacingCallsLeaveOneRequestAndAllAreAnsweredWithIt() throws Exception {
        List<HttpResponse<String>> answers = Concurrently.run(32,
                i -> rest("POST", PATH, key, seedBody("004-request-assistance-department.json")));
        Map<Integer, Long> statuses = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())));
        assertThat(statuses).isEqualTo(Map.of(201, 1L, 200, 31L));
        assertThat(answers.stream().map(a -> json(a.body()).getString("id")).distinct()).hasSize(1);
        assertThat(data(key, "query($l: ID) { assistanceRequests(nursing_location_id: $l) { id } }",
                vars("l", null)).getJsonArray("assistanceRequests")).hasSize(1);
    }

    @Test
    void theQueueAcceptsFinishesAndCancelsAndRestReadsItBackWithEventsOnTheTopic() throws InterruptedException {
        String id = json(rest("POST", PATH, key, seedBody("004-request-assistance-device.json")).body()).getString("id");
        JsonObject queued = data(key, "{ assistanceRequests { " + REQUEST_FIELDS + " } }", null);
        assertThat(queued.getJsonArray("assistanceRequests").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("id")).containsExactly(id);

        String nurse = Fixtures.currentUserId(key);
        JsonObject accepted = data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { " + REQUEST_FIELDS + " } messages { field message } } }", vars("id", id))
                .getJsonObject("acceptAssistanceRequest").getJsonObject("assistanceRequest");
        assertThat(accepted.getString("status")).isEqualTo("assigned");
        assertThat(accepted.getString("assigned_to_id")).isEqualTo(nurse);
        JsonObject overRest = json(rest("GET", PATH, key, seedBody("004-request-assistance-building.json")).body());
        assertThat(overRest.getString("status")).isEqualTo("assigned");
        assertThat(overRest.getString("assignedTo")).isEqualTo(nurse);

        JsonObject twice = data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { id } messages { field message } } }", vars("id", id))
                .getJsonObject("acceptAssistanceRequest");
        assertThat(twice.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("has already been accepted");

        JsonObject finished = data(key, "mutation($id: ID) { finishAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { " + REQUEST_FIELDS + " } messages { field message } } }", vars("id", id))
                .getJsonObject("finishAssistanceRequest").getJsonObject("assistanceRequest");
        assertThat(finished.getString("status")).isEqualTo("completed");
        assertThat(finished.isNull("finished_at")).isFalse();
        assertThat(rest("GET", PATH, key, seedBody("004-request-assistance-device.json")).statusCode()).isEqualTo(404);
        assertThat(data(key, "query($id: ID) { assistanceRequest(id: $id) { status } }", vars("id", id))
                .getJsonObject("assistanceRequest").getString("status")).isEqualTo("completed");

        String second = json(rest("POST", PATH, key, seedBody("004-request-assistance-device.json")).body())
                .getString("id");
        assertThat(second).isNotEqualTo(id);
        JsonObject cancelled = data(key, "mutation($id: ID) { cancelAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { status } messages { field message } } }", vars("id", second))
                .getJsonObject("cancelAssistanceRequest");
        assertThat(cancelled.getJsonObject("assistanceRequest").getString("status")).isEqualTo("cancelled");

        for (String event : List.of("created:" + id, "assigned:" + id, "finished:" + id, "created:" + second,
                "cancelled:" + second)) {
            awaitReceived("assistance_request." + event);
        }
    }

    @Test
    void theAcceptingNurseStartsAVideoSessionWhoseLinksOpenTheVisitPageAndFinishingEndsIt()
            throws InterruptedException {
        String id = json(rest("POST", PATH, key, seedBody("004-request-assistance-device.json")).body()).getString("id");
        String session = "av_sessions { id status started_at ended_at nurse_url device_url }";
        String start = "mutation($id: ID) { startAssistanceSession(input: {id: $id}) { assistanceRequest { id status "
                + session + " } messages { field message } } }";
        JsonObject early = data(key, start, vars("id", id)).getJsonObject("startAssistanceSession");
        assertThat(early.isNull("assistanceRequest")).isTrue();
        assertThat(early.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("must be accepted before a session is started");
        data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { assistanceRequest { id } } }",
                vars("id", id));

        JsonObject started = data(key, start, vars("id", id)).getJsonObject("startAssistanceSession");
        assertThat(started.isNull("messages")).as(started.toString()).isTrue();
        JsonObject request = started.getJsonObject("assistanceRequest");
        assertThat(request.getString("status")).isEqualTo("in_progress");
        assertThat(request.getJsonArray("av_sessions")).hasSize(1);
        JsonObject av = request.getJsonArray("av_sessions").getJsonObject(0);
        assertThat(av.getString("status")).isEqualTo("in_progress");
        assertThat(av.isNull("ended_at")).isTrue();
        String nurseUrl = av.getString("nurse_url");
        String deviceUrl = av.getString("device_url");
        assertThat(nurseUrl).startsWith(TestServer.get().baseUrl() + "/visit/").isNotEqualTo(deviceUrl);
        assertThat(deviceUrl).startsWith(TestServer.get().baseUrl() + "/visit/");
        assertThat(data(key, start, vars("id", id)).getJsonObject("startAssistanceSession")
                .getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("already has a session");

        // both links open the visit page; the nurse's leads and starts the call, the room's device waits for it
        for (String url : List.of(nurseUrl, deviceUrl)) {
            HttpResponse<String> page = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
            assertThat(page.statusCode()).as(url).isEqualTo(200);
        }
        assertThat(state(nurseUrl).getString("role")).isEqualTo("provider");
        assertThat(state(nurseUrl).getString("entry")).isEqualTo("READY_TO_START");
        assertThat(state(deviceUrl).getString("role")).isEqualTo("patient");
        assertThat(state(deviceUrl).getString("entry")).isEqualTo("WAITING_FOR_PROVIDER");
        assertThat(Api.send(HttpRequest.newBuilder(URI.create(nurseUrl + "/start"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(state(deviceUrl).getString("entry")).isEqualTo("IN_SESSION");

        // still the room's current request, over REST, with its session and the device's link
        JsonObject current = json(rest("GET", PATH, key, seedBody("004-request-assistance-device.json")).body());
        assertThat(current.getString("status")).isEqualTo("in_progress");
        assertThat(current.getJsonArray("avSessions").getJsonObject(0).getString("joinUrl")).isEqualTo(deviceUrl);

        JsonObject finished = data(key, "mutation($id: ID) { finishAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { status finished_at " + session + " } messages { field message } } }",
                vars("id", id)).getJsonObject("finishAssistanceRequest").getJsonObject("assistanceRequest");
        assertThat(finished.getString("status")).isEqualTo("completed");
        JsonObject ended = finished.getJsonArray("av_sessions").getJsonObject(0);
        assertThat(ended.getString("status")).isEqualTo("ended");
        assertThat(ended.getString("ended_at")).isEqualTo(finished.getString("finished_at"));
        assertThat(state(deviceUrl).getString("entry")).isEqualTo("CANCELLED");
        assertThat(state(nurseUrl).getString("entry")).isEqualTo("CANCELLED");

        // read back over REST: the room calls again and the finished request's session is on record over GraphQL
        assertThat(rest("GET", PATH, key, seedBody("004-request-assistance-device.json")).statusCode()).isEqualTo(404);
        JsonObject readBack = data(key, "query($id: ID) { assistanceRequest(id: $id) { status " + session + " } }",
                vars("id", id)).getJsonObject("assistanceRequest");
        assertThat(readBack.getJsonArray("av_sessions").getJsonObject(0).getString("id")).isEqualTo(av.getString("id"));
        assertThat(readBack.getJsonArray("av_sessions").getJsonObject(0).getString("status")).isEqualTo("ended");
        awaitReceived("assistance_request.started:" + id);
    }

    @Test
    void aSessionIsReadBackOverRestWhileTheRequestIsOpenAndCancellingEndsIt() {
        String id = json(rest("POST", PATH, key, seedBody("004-request-assistance-department.json")).body())
                .getString("id");
        data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { assistanceRequest { id } } }",
                vars("id", id));
        JsonObject av = data(key, "mutation($id: ID) { startAssistanceSession(input: {id: $id}) { assistanceRequest { "
                + "av_sessions { id device_url } } messages { field message } } }", vars("id", id))
                .getJsonObject("startAssistanceSession").getJsonObject("assistanceRequest")
                .getJsonArray("av_sessions").getJsonObject(0);
        JsonObject cancelled = json(rest("DELETE", PATH, key, seedBody("004-request-assistance-department.json"))
                .body());
        assertThat(cancelled.getString("status")).isEqualTo("cancelled");
        JsonObject listed = cancelled.getJsonArray("avSessions").getJsonObject(0);
        assertThat(listed.getString("id")).isEqualTo(av.getString("id"));
        assertThat(listed.getString("status")).isEqualTo("ended");
        assertThat(listed.getString("startedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(listed.getString("endedAt")).isEqualTo(cancelled.getString("finishedAt"));
        assertThat(state(av.getString("device_url")).getString("entry")).isEqualTo("CANCELLED");
    }

    private static JsonObject state(String visitUrl) {
        HttpResponse<String> state = Api.send(HttpRequest.newBuilder(URI.create(visitUrl + "/state")).GET());
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        return json(state.body());
    }

    @Test
    void anotherOrganizationFindsNothing() {
        String id = json(rest("POST", PATH, key, seedBody("004-request-assistance-device.json")).body()).getString("id");
        String other = Fixtures.newOrganization("Other nursing " + Api.unique());
        HttpResponse<String> post = rest("POST", PATH, other, seedBody("004-request-assistance-device.json"));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(json(post.body()).getString("message")).isEqualTo(NO_DEVICE);
        for (String method : List.of("GET", "DELETE")) {
            HttpResponse<String> answer = rest(method, PATH, other, seedBody("004-request-assistance-device.json"));
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(json(answer.body()).getString("message")).isEqualTo(NOT_FOUND);
        }
        assertThat(graphql(other, "query($id: ID) { assistanceRequest(id: $id) { id } }", vars("id", id))
                .getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        assertThat(graphql(other, "query($id: ID) { careLocation(id: $id) { id } }", vars("id", hospitalRoom))
                .getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        JsonObject accept = data(other, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { id } messages { field message } } }", vars("id", id))
                .getJsonObject("acceptAssistanceRequest");
        assertThat(accept.isNull("assistanceRequest")).isTrue();
        assertThat(accept.getJsonArray("messages").getJsonObject(0).getString("message")).contains("not found");
        data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { assistanceRequest { id } } }",
                vars("id", id));
        JsonObject start = data(other, "mutation($id: ID) { startAssistanceSession(input: {id: $id}) { "
                + "assistanceRequest { id } messages { field message } } }", vars("id", id))
                .getJsonObject("startAssistanceSession");
        assertThat(start.isNull("assistanceRequest")).isTrue();
        assertThat(start.getJsonArray("messages").getJsonObject(0).getString("message")).contains("not found");
        JsonObject place = data(other, "mutation($c: ID) { placeNursingPatient(input: {care_location_id: $c, "
                + "mrn: \"1234\"}) { careLocation { id } messages { field message } } }", vars("c", hospitalRoom))
                .getJsonObject("placeNursingPatient");
        assertThat(place.isNull("careLocation")).isTrue();
        assertThat(data(other, "{ assistanceRequests { id } careLocations { id } nursingLocations { id } }", null)
                .getJsonArray("assistanceRequests")).isEmpty();
        assertThat(json(rest("GET", PATH, key, seedBody("004-request-assistance-device.json")).body())
                .getString("status")).isEqualTo("assigned");
    }

    private static void awaitReceived(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (received(key) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(received(key)).as("events " + key).isEqualTo(1);
    }

    private static int received(String key) {
        return Integer.parseInt(Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/received/events/" + key)).GET())
                .body());
    }
}
