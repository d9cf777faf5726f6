package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caregate.it.webhooks.SeedVerifiers;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In-visit states (issue 13, ADR 0026): a patient who waited on the visit page until the window closed without a
 * provider is left without being seen, a visit a provider joined and nobody completed by the close is incompleted —
 * each fires its Solo webhook (decrypted with seed 004's code) and reaches the JMS topic exactly once; staff move an
 * appointment along Solo's lifecycle with PUT, illegal moves are refused and change nothing, another organization's
 * appointment is not found; the CSV dump shows the video call's status and attendance.
 */
class InVisitStatesIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    /** How long after booking the short visits' windows close: time for the page calls, then the sweeper's turn. */
    private static final long CLOSES_IN_SECONDS = 30;

    private static WebhookReceiver receiver;
    private static Clinic clinic;
    private static String room;
    private static String path;
    private static String encryptionKey;

    @BeforeAll
    static void practice() {
        receiver = WebhookReceiver.start();
        clinic = Clinic.open("UTC");
        room = "In-visit " + Api.unique();
        JsonObject created = data(clinic.key, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, slot_duration: 900,
                  provider_ids: $p}) { waitingRoom { id } messages { field message } } }""",
                vars("n", room, "p", Clinic.ids(clinic.providerId))).getJsonObject("createWaitingRoom");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        path = "/in-visit/" + Api.unique();
        HttpResponse<String> webhook = rest("POST", "/qapi/v1/webhooks", clinic.key, "{\"endpoint\": \""
                + receiver.url(path) + "\", \"events\": [\"appointment:lwbs\", \"appointment:incompleted\", "
                + "\"appointment:completed\", \"appointment:no-show\"]}");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        encryptionKey = json(webhook.body()).getString("encryptionKey");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aPatientLeftWithoutBeingSeenAndAnIncompletedVisitFireOnceWhenTheirWindowsClose() throws Exception {
        String ehrId = patient();
        // the window closes sixty minutes after the start (CAREGATE_VISIT_SESSION_MINUTES): started almost an hour ago
        long start = Instant.now().getEpochSecond() - 3600 + CLOSES_IN_SECONDS;
        JsonObject waited = book(ehrId, start);
        long lwbs = waited.getJsonNumber("id").longValue();
        JsonObject started = book(ehrId, start);
        long incompleted = started.getJsonNumber("id").longValue();

        String patientLink = waited.getString("visitUrl");
        assertThat(state(patientLink).getString("entry")).isEqualTo("WAITING_FOR_PROVIDER");
        JsonObject arrived = appointment(lwbs);
        assertThat(arrived.getString("status")).isEqualTo("arrived");
        assertThat(arrived.getJsonObject("videoCall").getString("status")).isEqualTo("waiting");

        String providerLink = providerLink(incompleted);
        assertThat(visit("POST", providerLink, "/start").statusCode()).isEqualTo(200);
        assertThat(visit("POST", providerLink, "/join").statusCode()).isEqualTo(200);
        assertThat(visit("POST", started.getString("visitUrl"), "/join").statusCode()).isEqualTo(200);
        JsonObject onCall = appointment(incompleted);
        assertThat(onCall.getString("status")).isEqualTo("arrived");
        assertThat(onCall.getJsonObject("videoCall").getString("status")).isEqualTo("on call");

        List<String> events = decrypted(2, lwbs, incompleted);
        assertThat(events).containsExactlyInAnyOrder(
                "{\"event\":\"appointment:lwbs\",\"data\":{\"appointmentId\":" + lwbs + "}}",
                "{\"event\":\"appointment:incompleted\",\"data\":{\"appointmentId\":" + incompleted + "}}");
        assertThat(appointment(lwbs).getJsonObject("videoCall").getString("status")).isEqualTo("LWBS");
        assertThat(appointment(incompleted).getJsonObject("videoCall").getString("status")).isEqualTo("incomplete");
        awaitOnTopic("appointment.lwbs:" + lwbs);
        awaitOnTopic("appointment.incompleted:" + incompleted);

        Thread.sleep(3_000); // a few more sweeps (every second in the tests): nothing fires again
        assertThat(decrypted(0, lwbs, incompleted)).hasSize(2);
        assertThat(EventsIT.count("SELECT count(*) FROM caregate.outbox_event WHERE type IN ('appointment.lwbs',"
                + " 'appointment.incompleted') AND (payload LIKE ? OR payload LIKE ?)",
                "%\"resourceId\":\"" + lwbs + "\"%", "%\"resourceId\":\"" + incompleted + "\"%")).isEqualTo(2);
        assertThat(onTopic("appointment.lwbs:" + lwbs)).isEqualTo(1);
        assertThat(visit("POST", providerLink, "/start").statusCode()).as("the window has closed").isEqualTo(400);

        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(start), ZoneOffset.UTC);
        HttpResponse<String> report = rest("GET", "/qapi/v1/reports/csv-data-dump?from=" + day + "&to=" + day,
                clinic.key, null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        try (CSVParser parser = CSVParser.parse(report.body(),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            var rows = parser.getRecords().stream()
                    .collect(Collectors.toMap(r -> Long.parseLong(r.get("appointment_id")), Function.identity()));
            CSVRecord left = rows.get(lwbs);
            assertThat(left.get("status")).isEqualTo("arrived");
            assertThat(left.get("video_call_status")).isEqualTo("LWBS");
            assertThat(left.get("provider_minutes")).isEqualTo("0");
            assertThat(rows.get(incompleted).get("video_call_status")).isEqualTo("incomplete");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void staffMoveAnAppointmentAlongSolosLifecycleAndIllegalMovesChangeNothing() throws Exception {
        String ehrId = patient();
        long tomorrow = Instant.now().getEpochSecond() + 86_400;
        long id = book(ehrId, tomorrow).getJsonNumber("id").longValue();

        assertThat(put(id, "{\"status\": \"arrived\"}").statusCode()).isEqualTo(200);
        assertThat(put(id, "{\"status\": \"in progress.exam.ready\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> back = put(id, "{\"status\": \"in progress.intake.ready\"}");
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(json(back.body()).getJsonObject("error").getString("message"))
                .contains("cannot change from \"in progress.exam.ready\" to \"in progress.intake.ready\"");
        HttpResponse<String> unknown = put(id, "{\"status\": \"LWBS\", \"reasons\": [\"changed\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown.body()).getJsonObject("error").getString("message")).contains("status");
        JsonObject unchanged = appointment(id);
        assertThat(unchanged.getString("status")).isEqualTo("in progress.exam.ready");
        assertThat(unchanged.getJsonArray("reasons").toString()).doesNotContain("changed");

        // the link is handed out (GET answers the video call once it exists): staff hold and release the call
        rest("GET", "/qapi/v1/appointments/" + id + "/provider-link", clinic.key, null);
        assertThat(put(id, "{\"videoCall\": {\"status\": \"on hold\"}}").statusCode()).isEqualTo(200);
        assertThat(appointment(id).getJsonObject("videoCall").getString("status")).isEqualTo("on hold");
        HttpResponse<String> derived = put(id, "{\"status\": \"completed\", \"videoCall\": {\"status\": \"complete\"}}");
        assertThat(derived.statusCode()).isEqualTo(400);
        assertThat(appointment(id).getString("status")).as("nothing half-written").isEqualTo("in progress.exam.ready");

        assertThat(put(id, "{\"status\": \"completed\"}").statusCode()).isEqualTo(200);
        assertThat(put(id, "{\"status\": \"completed\"}").statusCode()).as("staying is no move").isEqualTo(200);
        assertThat(put(id, "{\"status\": \"sign off\"}").statusCode()).isEqualTo(200);
        assertThat(appointment(id).getString("status")).isEqualTo("sign off");
        assertThat(put(id, "{\"status\": \"cancelled\"}").statusCode()).isEqualTo(400);
        String pmStatus = data(clinic.key, "query($id: ID) { appointment(id: $id) { pm_status } }", vars("id",
                Long.toString(id))).getJsonObject("appointment").getString("pm_status");
        assertThat(pmStatus).as("Healthie reads the same outcome").isEqualTo("Occurred");

        long absent = book(ehrId, tomorrow + 3600).getJsonNumber("id").longValue();
        assertThat(put(absent, "{\"status\": \"not showed up\"}").statusCode()).isEqualTo(200);
        assertThat(put(absent, "{\"status\": \"arrived\"}").statusCode()).isEqualTo(400);

        assertThat(decrypted(2, id, absent)).containsExactlyInAnyOrder(
                "{\"event\":\"appointment:completed\",\"data\":{\"appointmentId\":" + id + "}}",
                "{\"event\":\"appointment:no-show\",\"data\":{\"appointmentId\":" + absent + "}}");

        Clinic other = Clinic.open("UTC");
        HttpResponse<String> theirs = rest("PUT", "/qapi/v1/appointments/" + absent, other.key,
                "{\"status\": \"cancelled\"}");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/" + absent, other.key, null).statusCode()).isEqualTo(404);
        assertThat(appointment(absent).getString("status")).isEqualTo("not showed up");
    }

    /** The decrypted Solo deliveries about these appointments, once {@code count} of them have arrived. */
    private static List<String> decrypted(int count, long... appointments) throws Exception {
        List<WebhookReceiver.Received> deliveries = receiver.await(path, delivery -> {
            try {
                String plain = SeedVerifiers.soloDecrypt(encryptionKey, json(delivery.body()).getString("data"));
                for (long appointment : appointments) {
                    if (plain.endsWith("\"appointmentId\":" + appointment + "}}")) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, count, WAIT);
        List<String> plain = new ArrayList<>();
        for (WebhookReceiver.Received delivery : deliveries) {
            String data = json(delivery.body()).getString("data");
            String decrypted = SeedVerifiers.soloDecrypt(encryptionKey, data);
            SeedVerifiers.soloDecryptInPhp(encryptionKey, data).ifPresent(php ->
                    assertThat(php).as("seed 004's PHP, verbatim").isEqualTo(decrypted));
            plain.add(decrypted);
        }
        return plain;
    }

    private static String patient() {
        String ehrId = "EHR-" + Api.unique();
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients", clinic.key,
                SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@example.org"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return ehrId;
    }

    private static JsonObject book(String ehrId, long date) {
        HttpResponse<String> booked = rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"date\": " + date + ", \"duration\": 600}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        return json(booked.body());
    }

    private static JsonObject appointment(long id) {
        HttpResponse<String> answer = rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static HttpResponse<String> put(long id, String body) {
        return rest("PUT", "/qapi/v1/appointments/" + id, clinic.key, body);
    }

    private static String providerLink(long id) {
        return json(rest("GET", "/qapi/v1/appointments/" + id + "/provider-link", clinic.key, null).body())
                .getString("providerVisitUrl");
    }

    private static HttpResponse<String> visit(String method, String link, String call) {
        return Api.send(HttpRequest.newBuilder(URI.create(link + call))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonObject state(String link) {
        return json(visit("GET", link, "/state").body());
    }

    private static int onTopic(String key) {
        return Integer.parseInt(Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/received/events/" + key)).GET())
                .body());
    }

    private static void awaitOnTopic(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (onTopic(key) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(onTopic(key)).as("events " + key).isEqualTo(1);
    }
}
