package org.caregate.reports.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caregate.identity.api.UserView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.visits.api.VisitAttendanceView;

/**
 * The columns of the visits CSV — the CSV data dump's and every encounter report's (docs/rest.md "Reports") — in
 * order, each with how a visit fills it. The one place they are listed: a new column is one line here, and
 * presets may choose it at once (the built-in preset shows it by itself).
 */
public final class VisitColumns {

    /**
     * What one row is made from: the visit, its patient if any, whether it has a visit note, and its video call's
     * status and attendance if a link was ever handed out.
     */
    public record Visit(AppointmentView visit, UserView patient, boolean hasNotes, VisitAttendanceView call) {

        ZoneId zone() {
            try {
                String id = visit.timezone();
                return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
            } catch (RuntimeException e) {
                return ZoneOffset.UTC;
            }
        }
    }

    private static final Map<String, Function<Visit, Object>> COLUMNS = new LinkedHashMap<>();

    static {
        column("appointment_id", v -> v.visit().id());
        column("external_id", v -> v.visit().externalId());
        column("account_number", v -> v.visit().accountNumber());
        column("start", v -> at(v.visit().start(), v.zone()));
        column("end", v -> at(v.visit().end(), v.zone()));
        column("timezone", v -> v.zone().getId());
        column("length_minutes", v -> v.visit().length());
        column("status", v -> v.visit().soloStatus());
        column("contact_type", v -> v.visit().contactType());
        column("appointment_type", v -> v.visit().appointmentType() == null ? null : v.visit().appointmentType().name());
        column("waiting_room_id", v -> v.visit().waitingRoomId());
        column("provider_id", v -> v.visit().providerId());
        column("additional_provider_ids", v -> joined(v.visit().additionalProviderIds()));
        column("patient_spid", v -> v.visit().patientId());
        column("patient_mrn", v -> v.patient() == null ? null : v.patient().mrn());
        column("episode_id", v -> v.visit().episodeOfCareId());
        column("has_notes", Visit::hasNotes);
        column("reasons", v -> v.visit().reasons() == null ? null : String.join("; ", v.visit().reasons()));
        column("created_at", v -> at(v.visit().createdAt(), ZoneOffset.UTC));
        column("video_call_status", v -> v.call() == null ? null : v.call().videoCallStatus());
        column("patient_minutes", v -> v.call() == null ? null : v.call().patientMinutes());
        column("provider_minutes", v -> v.call() == null ? null : v.call().providerMinutes());
    }

    /** Every column, in order. */
    public static final List<String> ALL = List.copyOf(COLUMNS.keySet());

    private VisitColumns() {
    }

    private static void column(String name, Function<Visit, Object> value) {
        COLUMNS.put(name, value);
    }

    public static boolean exists(String name) {
        return COLUMNS.containsKey(name);
    }

    /** The cells of the named columns for one visit, each through {@link CsvCells}. */
    static List<String> cells(List<String> columns, Visit visit) {
        return columns.stream().map(name -> CsvCells.of(COLUMNS.get(name).apply(visit))).toList();
    }

    /** An instant as ISO-8601 with the zone's offset, e.g. {@code 2020-02-10T09:30:00-05:00}. */
    static String at(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String joined(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
