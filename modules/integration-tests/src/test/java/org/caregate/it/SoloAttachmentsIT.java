package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's "Appointment Attachments" and "Patient Documents" against the live server: files go up as raw bodies
 * with their type, come back in the shapes printed, are refused in Solo's words for a type Solo does not take (the
 * text verbatim), for content that is not what its type says, and past 5 MiB; a deletion keeps the entry, flagged;
 * another organization's appointment is not found; a patient document lands in the patient's chart, where Healthie's
 * {@code documents} lists it.
 */
class SoloAttachmentsIT {

    private static final String REFUSAL = "Mime type \\\"text/plain\\\" not supported. Available file mime-types: "
            + "\\\"application/pdf\\\", \\\"application/x-pdf\\\", \\\"image/pdf\\\", \\\"image/png\\\", \\\"image/jpeg\\\"";
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static String owner;
    private static String other;
    private static String appointment;
    private static String ehrPatient;

    @BeforeAll
    static void aSoloAppointment() {
        String marker = Api.unique();
        owner = Fixtures.newOrganization("Attachments " + marker);
        other = Fixtures.newOrganization("Other attachments " + marker);
        String room = "Room " + marker;
        data(owner, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, provider_ids: $p}) {
                  waitingRoom { id } messages { field message } } }""",
                vars("n", room, "p", List.of(Fixtures.currentUserId(owner))));
        ehrPatient = "EHR-" + marker;
        HttpResponse<String> patient = rest("POST", "/qapi/v1/patients", owner, """
                {"id": "%s", "name": [{"use": "usual", "firstName": "Ada", "lastName": "Attach%s"}],
                 "birthDate": "1983-08-15", "telecom": [{"use": "home", "system": "email", "value": "a-%s@example.org"}]}"""
                .formatted(ehrPatient, marker, marker));
        assertThat(patient.statusCode()).as(patient.body()).isEqualTo(200);
        HttpResponse<String> booked = rest("POST", "/qapi/v1/patients/" + ehrPatient + "/appointments", owner,
                "{\"waitingRoom\": \"%s\", \"date\": %d}".formatted(room,
                        Instant.now().plus(10, ChronoUnit.DAYS).getEpochSecond()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        appointment = Long.toString(json(booked.body()).getJsonNumber("id").longValue());
    }

    @Test
    void anUploadComesBackInTheShapesPrintedAndADeletionIsFlagged() {
        byte[] pdf = file("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 9_508);
        HttpResponse<String> uploaded = upload(owner, appointment, "UploadedPDF.pdf", "application/pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonObject attachment = json(uploaded.body());
        assertThat(attachment.keySet()).containsExactly("id", "appointmentId", "title", "mimeType", "size",
                "uploadedAt", "deleted");
        assertThat(attachment.getString("appointmentId")).isEqualTo(appointment);
        assertThat(attachment.getString("title")).isEqualTo("UploadedPDF.pdf");
        assertThat(attachment.getString("mimeType")).isEqualTo("application/pdf");
        assertThat(attachment.getInt("size")).isEqualTo(9_508);
        assertThat(attachment.getString("uploadedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(attachment.getBoolean("deleted")).isFalse();

        HttpResponse<String> image = upload(owner, appointment, null, "image/png", file(PNG_HEAD, 85_253));
        assertThat(json(image.body()).getString("title")).isEqualTo("Attachment.png");
        assertThat(json(upload(owner, appointment, "MyFileNamTest1.pdf", "image/pdf", pdf).body())
                .getString("mimeType")).isEqualTo("image/pdf");

        HttpResponse<String> deleted = rest("DELETE", "/qapi/v1/appointments/" + appointment + "/attachments/"
                + attachment.getString("id"), owner, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        JsonArray listed = json(rest("GET", "/qapi/v1/appointments/" + appointment + "/attachments", owner, null)
                .body()).getJsonArray("attachments");
        assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
        JsonObject gone = listed.stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("id").equals(attachment.getString("id"))).findFirst().orElseThrow();
        assertThat(gone.getBoolean("deleted")).isTrue();
        assertThat(rest("DELETE", "/qapi/v1/appointments/" + appointment + "/attachments/"
                + attachment.getString("id"), owner, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aTypeSoloDoesNotTakeIsRefusedInItsWordsAndContentMustMatchItsType() {
        HttpResponse<String> text = upload(owner, appointment, "notes.txt", "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).isEqualTo("{\"error\":{\"message\":\"" + REFUSAL + "\"}}");
        HttpResponse<String> lying = upload(owner, appointment, "fake.pdf", "application/pdf",
                "just some text, no PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(lying.statusCode()).isEqualTo(400);
        assertThat(json(lying.body()).getJsonObject("error").getString("message"))
                .isEqualTo("File content is not of mime type \"application/pdf\"");
        HttpResponse<String> pngAsJpeg = upload(owner, appointment, "x.jpg", "image/jpeg", file(PNG_HEAD, 100));
        assertThat(pngAsJpeg.statusCode()).isEqualTo(400);
    }

    @Test
    void fiveMibIsTheLimit() {
        assertThat(upload(owner, appointment, "exactly.png", "image/png", file(PNG_HEAD, 5 * 1024 * 1024))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> over = upload(owner, appointment, "over.png", "image/png",
                file(PNG_HEAD, 5 * 1024 * 1024 + 1));
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(json(over.body()).getJsonObject("error").getString("message")).contains("5Mb");
    }

    @Test
    void anotherOrganizationsAppointmentAndAttachmentsAreNotFound() {
        String id = json(upload(owner, appointment, "private.png", "image/png", file(PNG_HEAD, 50)).body())
                .getString("id");
        assertThat(upload(other, appointment, "x.png", "image/png", file(PNG_HEAD, 50)).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/" + appointment + "/attachments", other, null).statusCode())
                .isEqualTo(404);
        assertThat(rest("DELETE", "/qapi/v1/appointments/" + appointment + "/attachments/" + id, other, null)
                .statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/abc/attachments", owner, null).statusCode()).isEqualTo(404);
        assertThat(rest("DELETE", "/qapi/v1/appointments/" + appointment + "/attachments/not-a-uuid", owner, null)
                .statusCode()).isEqualTo(404);
        assertThat(upload(null, appointment, "x.png", "image/png", file(PNG_HEAD, 50)).statusCode()).isEqualTo(401);
    }

    @Test
    void twoDeletionsOfOneAttachmentRaceAndOneWins() throws Exception {
        String id = json(upload(owner, appointment, "raced.png", "image/png", file(PNG_HEAD, 500)).body())
                .getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> deletions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deletions.add(pool.submit(() -> rest("DELETE", "/qapi/v1/appointments/" + appointment
                        + "/attachments/" + id, owner, null).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> deletion : deletions) {
                statuses.add(deletion.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(204, 404);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPatientDocumentLandsInThePatientsChart() {
        String name = "Intake answers " + Api.unique();
        HttpResponse<String> added = rest("POST", "/qapi/v1/patients/" + ehrPatient + "/documents", owner, """
                {"name": "%s", "dateTime": 1510367140, "responses": [{"question": "question 1",
                  "response": "response to question 1"}]}""".formatted(name));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).isEqualTo("[]");
        String patient = data(owner, "query($k: String) { users(keywords: $k) { id } }", vars("k", "Attach"))
                .getJsonArray("users").getJsonObject(0).getString("id");
        JsonArray chart = data(owner, "query($u: String, $k: String) { documents(consolidated_user_id: $u, "
                + "keywords: $k) { id display_name file_content_type } }", vars("u", patient, "k", name))
                .getJsonArray("documents");
        assertThat(chart).hasSize(1);
        assertThat(chart.getJsonObject(0).getString("file_content_type")).isEqualTo("text/plain");
        HttpResponse<String> content = Api.send(HttpRequest.newBuilder(Api.uri("/documents/"
                + chart.getJsonObject(0).getString("id") + "/download")).header("Api-Key", owner));
        assertThat(content.body()).contains(name, "Q: question 1", "A: response to question 1",
                "2017-11-11T02:25:40Z");
    }

    @Test
    void aPatientDocumentNeedsAllFourFieldsAndAPatientOfTheOrganization() {
        HttpResponse<String> empty = rest("POST", "/qapi/v1/patients/" + ehrPatient + "/documents", owner, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty.body()).getJsonObject("error").getString("message")).isEqualTo("Bad parameters "
                + "[name: can't be blank. dateTime: can't be blank. responses: can't be blank.]");
        HttpResponse<String> wrong = rest("POST", "/qapi/v1/patients/" + ehrPatient + "/documents", owner,
                "{\"name\": 1, \"dateTime\": \"soon\", \"responses\": [{\"question\": \"q\"}]}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(rest("POST", "/qapi/v1/patients/" + ehrPatient + "/documents", other,
                "{\"name\": \"n\", \"dateTime\": 1510367140, \"responses\": [{\"question\": \"q\", \"response\": \"r\"}]}")
                .statusCode()).isEqualTo(404);
    }

    private static byte[] file(byte[] head, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    private static HttpResponse<String> upload(String key, String appointmentId, String fileName, String type,
                                               byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri("/qapi/v1/appointments/" + appointmentId
                        + "/attachments" + (fileName == null ? "" : "?fileName=" + fileName)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Api-Key", key);
        }
        return Api.send(request);
    }
}
