package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's encounter reports (seed 004 "Generate report for visits", "Check status of report for visits", "Encounter
 * report Download") over HTTP: pending, then completed through the JMS queue (the test server starts generation 3 s
 * after the order, so the pending state is seen), the zip opened by Debian's 7-Zip ({@code 7zz}) with the seed's
 * non-ASCII password and refused with a wrong one, the CSV inside holding the CSV data dump's columns and rows (or a
 * preset's columns), the password never stored in clear and wiped after generation; refusals in Solo's shape that
 * record nothing; another organization's reports unknown; a report whose preset was deleted before generation
 * fails; a report past its expiry reads expired and its file is gone (410). A report ordered just before the server
 * is killed completes after the restart (CrashRecoveryIT).
 */
class EncounterReportsIT {

    static final String SEED_PASSWORD = "IK5adv2N5V-gr£9v6";
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CREATE_PRESET = """
            mutation($n: String, $c: [String]) { createReportPreset(input: {name: $n, columns: $c}) {
              reportPreset { id name columns built_in } messages { field message } } }""";

    private static Clinic clinic;
    private static Clinic otherClinic;
    private static LocalDate day;
    private static String builtIn;

    @BeforeAll
    static void practice() {
        clinic = Clinic.open("UTC");
        otherClinic = Clinic.open("UTC");
        day = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        clinic.once(clinic.providerId, day, "00:00", "23:55");
        String room = ReportsIT.waitingRoom(clinic);
        long spid = ReportsIT.patient(clinic, "EHR-" + Api.unique());
        long midnight = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        ReportsIT.book(clinic, room, spid, midnight + 900 * 4, "EXT-" + Api.unique(), "cough");
        ReportsIT.book(clinic, room, spid, midnight + 900 * 8, "=HYPERLINK(\"x\")", "fever");
        builtIn = builtInPreset(clinic.key);
    }

    @Test
    void pendingThenCompletedThroughTheQueueAndOpenedBy7zipWithTheSeedPassword() throws Exception {
        JsonArray presets = json("{\"p\":" + ok(rest("GET", "/qapi/v1/encounter-report/presets", clinic.key, null))
                + "}").getJsonArray("p");
        JsonObject all = presets.getJsonObject(0);
        assertThat(all.getBoolean("builtIn")).isTrue();
        String mine = data(clinic.key, CREATE_PRESET, vars("n", "MRN and id " + Api.unique(), "c",
                Json.createArrayBuilder().add("patient_mrn").add("appointment_id").build()))
                .getJsonObject("createReportPreset").getJsonObject("reportPreset").getString("id");

        HttpResponse<String> ordered = order(clinic.key, from(), to(), builtIn, SEED_PASSWORD);
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
        JsonObject pending = json(ordered.body());
        assertThat(pending.keySet()).containsExactly("id", "status");
        assertThat(pending.getString("status")).isEqualTo("pending");
        String id = pending.getString("id");
        String second = json(ok(order(clinic.key, from(), to(), mine, "plain-ascii-1"))).getString("id");

        HttpResponse<byte[]> early = download(clinic.key, id);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(new String(early.body(), StandardCharsets.UTF_8)).getJsonObject("error").getString("message"))
                .startsWith("The report is not ready yet: its status is pending");
        byte[] sealed = sealedPassword(id);
        assertThat(sealed).as("sealed while pending").isNotNull();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("IK5adv2N5V");

        assertThat(awaitStatus(clinic.key, id, WAIT)).isEqualTo("completed");
        assertThat(json(ok(rest("GET", "/qapi/v1/encounter-report/status/" + id, clinic.key, null))).keySet())
                .containsExactly("id", "status");
        assertThat(sealedPassword(id)).as("wiped after generation").isNull();
        HttpResponse<byte[]> file = download(clinic.key, id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains(".zip");

        Path folder = Files.createTempDirectory("encounter-report");
        Path zip = folder.resolve("report.zip");
        Files.write(zip, file.body());
        assertThat(sevenZip(SEED_PASSWORD, "t", zip.toString()).exit()).as("7zz t with the seed's password")
                .isZero();
        SevenZip wrong = sevenZip("IK5adv2N5V-gr#9v6", "t", zip.toString());
        assertThat(wrong.exit()).as("7zz t with a wrong password: " + wrong.output()).isNotZero();
        assertThat(wrong.output()).containsIgnoringCase("password");
        CSVParser report = extracted(zip, SEED_PASSWORD, folder.resolve("seed"));

        CSVParser dump = ReportsIT.parse(ok(rest("GET", "/qapi/v1/reports/csv-data-dump?from=" + day + "&to=" + day,
                clinic.key, null)));
        assertThat(report.getHeaderNames()).isEqualTo(dump.getHeaderNames())
                .isEqualTo(all.getJsonArray("columns").getValuesAs(jakarta.json.JsonString::getString));
        List<List<String>> rows = report.getRecords().stream().map(CSVRecord::toList).toList();
        assertThat(rows).hasSize(2).isEqualTo(dump.getRecords().stream().map(CSVRecord::toList).toList());
        assertThat(rows.get(1).get(1)).as("formula neutralised").startsWith("'=");

        assertThat(awaitStatus(clinic.key, second, WAIT)).isEqualTo("completed");
        Path secondZip = folder.resolve("second.zip");
        Files.write(secondZip, download(clinic.key, second).body());
        CSVParser chosen = extracted(secondZip, "plain-ascii-1", folder.resolve("second"));
        assertThat(chosen.getHeaderNames()).containsExactly("patient_mrn", "appointment_id");
        assertThat(chosen.getRecords()).extracting(r -> r.get("appointment_id"))
                .containsExactlyElementsOf(rows.stream().map(r -> r.get(0)).toList());

        expireNow(second); // as if CAREGATE_REPORTS_KEEP_FOR had passed
        assertThat(json(ok(rest("GET", "/qapi/v1/encounter-report/status/" + second, clinic.key, null)))
                .getString("status")).isEqualTo("expired");
        HttpResponse<byte[]> gone = download(clinic.key, second);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("The report's file has expired");
    }

    @Test
    void badOrdersAreRefusedInSolosShapeAndRecordNothing() throws SQLException {
        String otherBuiltIn = builtInPreset(otherClinic.key);
        long before = reportCount();
        String blank = "This value should not be blank.";
        assertRefused(rest("POST", "/qapi/v1/encounter-report/create", clinic.key, "{}"), "Bad parameters [from: "
                + blank + " to: " + blank + " presetId: " + blank + " password: " + blank + "]");
        assertRefused(order(clinic.key, "2024-08-15 15:52:01", "yesterday", builtIn, SEED_PASSWORD),
                "Bad parameters [from: This value is not a valid datetime. to: This value is not a valid datetime.]");
        assertRefused(order(clinic.key, "2024-08-16T00:00:00+00:00", "2024-08-15T15:52:01+00:00", builtIn, "pw"),
                "Bad parameters [to: This value should be greater than or equal to from.]");
        assertRefused(order(clinic.key, "2024-01-01T00:00:00+00:00", "2025-01-02T00:00:01+00:00", builtIn, "pw"),
                "Bad parameters [to: This value should be at most 366 days after from.]");
        assertRefused(order(clinic.key, from(), to(), UUID.randomUUID().toString(), "pw"),
                "Bad parameters [presetId: This preset does not exist.]");
        assertRefused(order(clinic.key, from(), to(), otherBuiltIn, "pw"),
                "Bad parameters [presetId: This preset does not exist.]");
        assertRefused(order(clinic.key, from(), to(), "not-a-uuid", "pw"),
                "Bad parameters [presetId: This is not a valid UUID.]");
        assertRefused(order(clinic.key, from(), to(), builtIn, ""), "Bad parameters [password: " + blank + "]");
        assertRefused(order(clinic.key, from(), to(), builtIn, "x".repeat(129)),
                "Bad parameters [password: This value is too long. It should have 128 characters or less.]");
        assertRefused(rest("POST", "/qapi/v1/encounter-report/create", clinic.key, "{\"from\": \"" + from()
                + "\", \"to\": \"" + to() + "\", \"presetId\": \"" + builtIn + "\", \"password\": true}"),
                "Bad parameters [password: This value should be of type string.]");
        assertRefused(rest("POST", "/qapi/v1/encounter-report/create", clinic.key, "{\"from\": "),
                "Bad parameters [body: Malformed JSON: the body is not one valid JSON value.]");
        assertRefused(order(clinic.key, "x".repeat(5000), to(), builtIn, "pw"),
                "Bad parameters [from: This value is not a valid datetime.]");
        assertThat(order(null, from(), to(), builtIn, "pw").statusCode()).isEqualTo(401);
        assertThat(reportCount()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void anotherOrganizationsReportIsUnknownLikeAMissingOne() {
        String id = json(ok(order(clinic.key, from(), to(), builtIn, "pw-1"))).getString("id");
        String missing = UUID.randomUUID().toString();
        for (String path : List.of("/qapi/v1/encounter-report/status/", "/qapi/v1/encounter-report/download/")) {
            HttpResponse<String> theirs = rest("GET", path + id, otherClinic.key, null);
            HttpResponse<String> none = rest("GET", path + missing, otherClinic.key, null);
            assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(404);
            assertThat(theirs.body()).isEqualTo(none.body());
            assertThat(rest("GET", path + "not-a-uuid", clinic.key, null).statusCode()).isEqualTo(404);
        }
        assertThat(rest("GET", "/qapi/v1/encounter-report/status/" + id, clinic.key, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aReportWhosePresetIsDeletedBeforeGenerationFails() throws SQLException {
        String preset = data(clinic.key, CREATE_PRESET, vars("n", "Doomed " + Api.unique(), "c",
                Json.createArrayBuilder().add("appointment_id").build()))
                .getJsonObject("createReportPreset").getJsonObject("reportPreset").getString("id");
        String id = json(ok(order(clinic.key, from(), to(), preset, "pw-2"))).getString("id");
        JsonObject deleted = data(clinic.key, """
                mutation($id: ID) { deleteReportPreset(input: {id: $id}) { reportPreset { id } messages { field } } }""",
                vars("id", preset)).getJsonObject("deleteReportPreset");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();

        assertThat(awaitStatus(clinic.key, id, WAIT)).isEqualTo("failed");
        assertThat(sealedPassword(id)).as("wiped after a failure too").isNull();
        HttpResponse<byte[]> file = download(clinic.key, id);
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(new String(file.body(), StandardCharsets.UTF_8))
                .contains("The report failed and has no file: The report's preset was deleted");
    }

    static HttpResponse<String> order(String key, String from, String to, String presetId, String password) {
        return rest("POST", "/qapi/v1/encounter-report/create", key, Json.createObjectBuilder().add("from", from)
                .add("to", to).add("presetId", presetId).add("password", password).build().toString());
    }

    /** The organization's built-in preset (every column). */
    static String builtInPreset(String key) {
        JsonObject first = json("{\"p\":" + ok(rest("GET", "/qapi/v1/encounter-report/presets", key, null)) + "}")
                .getJsonArray("p").getJsonObject(0);
        assertThat(first.getBoolean("builtIn")).isTrue();
        return first.getString("id");
    }

    /** Polls the report's status until it is no longer pending; answers it. */
    static String awaitStatus(String key, String id, Duration within) {
        Instant until = Instant.now().plus(within);
        while (true) {
            HttpResponse<String> status = rest("GET", "/qapi/v1/encounter-report/status/" + id, key, null);
            if (status.statusCode() == 200) {
                String now = json(status.body()).getString("status");
                if (!now.equals("pending")) {
                    return now;
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("report " + id + " still pending after " + within + ": " + status.body());
            }
            WebhooksIT.sleep(300);
        }
    }

    /** The report's sealed password as stored, or {@code null} once wiped. */
    static byte[] sealedPassword(String id) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement read = db.prepareStatement(
                "SELECT sealed_password FROM reports.encounter_report WHERE id = ?::uuid")) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    private static void expireNow(String id) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement update = db.prepareStatement(
                "UPDATE reports.encounter_report SET expires_at = now() - interval '1 second' WHERE id = ?::uuid")) {
            update.setString(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static long reportCount() throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM reports.encounter_report"); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static HttpResponse<byte[]> download(String key, String id) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    Api.uri("/qapi/v1/encounter-report/download/" + id)).header("Api-Key", key).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Extracts the zip with 7zz and parses the one CSV inside. */
    private static CSVParser extracted(Path zip, String password, Path into) throws IOException {
        SevenZip unpacked = sevenZip(password, "x", "-o" + into, "-y", zip.toString());
        assertThat(unpacked.exit()).as(unpacked.output()).isZero();
        try (Stream<Path> files = Files.list(into)) {
            List<Path> csv = files.toList();
            assertThat(csv).hasSize(1);
            assertThat(csv.get(0).getFileName().toString()).startsWith("encounter-report-").endsWith(".csv");
            return ReportsIT.parse(Files.readString(csv.get(0), StandardCharsets.UTF_8));
        }
    }

    private record SevenZip(int exit, String output) {
    }

    /**
     * Runs Debian's 7-Zip (package 7zip, command 7zz; .ci/run installs it) with the password, in a UTF-8 locale: as
     * {@code -p<password>} when this JVM passes arguments as UTF-8, else typed at its prompt as UTF-8 bytes.
     */
    private static SevenZip sevenZip(String password, String... arguments) throws IOException {
        Path command = Stream.of("/usr/bin/7zz", "/usr/local/bin/7zz").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("7zz is missing: apt-get install 7zip"));
        boolean utf8Arguments = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
        List<String> line = new java.util.ArrayList<>(List.of(command.toString(), arguments[0]));
        if (utf8Arguments) {
            line.add("-p" + password);
        }
        line.addAll(List.of(arguments).subList(1, arguments.length));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            if (!utf8Arguments) {
                stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new SevenZip(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String from() {
        return day + "T00:00:00+00:00";
    }

    private static String to() {
        return day + "T23:59:59+00:00";
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void assertRefused(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer.body()).getJsonObject("error").getString("message")).isEqualTo(message);
    }
}
