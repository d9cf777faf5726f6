package org.caregate.web.reports;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caregate.identity.api.UserView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.visits.api.VisitAttendanceView;

/**
 * The columns of the visits CSV (docs/rest.md "Reports") and one row per visit. Every cell goes through
 * {@link CsvCells}; quoting and line ends are RFC 4180 ({@link CSVFormat#RFC4180}, CRLF).
 */
public final class VisitsCsv {

    /** The header row, in order. */
    public static final List<String> COLUMNS = List.of("appointment_id", "external_id", "account_number",
            "start", "end", "timezone", "length_minutes", "status", "contact_type", "appointment_type",
            "waiting_room_id", "provider_id", "additional_provider_ids", "patient_spid", "patient_mrn",
            "episode_id", "has_notes", "reasons", "created_at", "video_call_status", "patient_minutes",
            "provider_minutes");

    /** The format the report is written in: RFC 4180 with the header above. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new)).get();

    private VisitsCsv() {
    }

    /**
     * Writes one visit.
     *
     * @param patients  the visit's patients by id (SPID), for their MRN
     * @param withNotes the ids of visits that have a visit note
     * @param calls     the visits' video calls by appointment id (status and attendance minutes)
     */
    public static void print(CSVPrinter printer, AppointmentView visit, Map<Long, UserView> patients,
                             Set<Long> withNotes, Map<Long, VisitAttendanceView> calls) throws IOException {
        VisitAttendanceView call = calls.get(visit.id());
        ZoneId zone = zone(visit.timezone());
        UserView patient = visit.patientId() == null ? null : patients.get(visit.patientId());
        printer.printRecord(
                CsvCells.of(visit.id()),
                CsvCells.of(visit.externalId()),
                CsvCells.of(visit.accountNumber()),
                CsvCells.of(at(visit.start(), zone)),
                CsvCells.of(at(visit.end(), zone)),
                CsvCells.of(zone.getId()),
                CsvCells.of(visit.length()),
                CsvCells.of(visit.soloStatus()),
                CsvCells.of(visit.contactType()),
                CsvCells.of(visit.appointmentType() == null ? null : visit.appointmentType().name()),
                CsvCells.of(visit.waitingRoomId()),
                CsvCells.of(visit.providerId()),
                CsvCells.of(joined(visit.additionalProviderIds())),
                CsvCells.of(visit.patientId()),
                CsvCells.of(patient == null ? null : patient.mrn()),
                CsvCells.of(visit.episodeOfCareId()),
                CsvCells.of(withNotes.contains(visit.id())),
                CsvCells.of(visit.reasons() == null ? null : String.join("; ", visit.reasons())),
                CsvCells.of(at(visit.createdAt(), ZoneOffset.UTC)),
                CsvCells.of(call == null ? null : call.videoCallStatus()),
                CsvCells.of(call == null ? null : call.patientMinutes()),
                CsvCells.of(call == null ? null : call.providerMinutes()));
    }

    /** An instant as ISO-8601 with the zone's offset, e.g. {@code 2020-02-10T09:30:00-05:00}. */
    static String at(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String joined(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
