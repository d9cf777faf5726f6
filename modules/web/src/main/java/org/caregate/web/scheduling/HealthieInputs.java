package org.caregate.web.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.AvailabilityId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.StartTime;

/**
 * Reads the fields of a Healthie scheduling input into scheduling's types: ids (one, a list, or comma-separated),
 * a time zone, a start, a calendar date, a time of day. It refuses nothing itself: it notes which fields were sent
 * and, on each field, the problem the client hears — the texts the use cases have always answered — and hands
 * both on as a {@link Reading}.
 */
final class HealthieInputs {

    private final Inputs problems = new Inputs();
    private final Set<String> sent = new HashSet<>();

    /** The user id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    UserId userId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new UserId(id);
    }

    /** The appointment type id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    AppointmentTypeId appointmentTypeId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new AppointmentTypeId(id);
    }

    /** The appointment id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    AppointmentId appointmentId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new AppointmentId(id);
    }

    /**
     * The user ids of a comma-separated list ("12, 13"), in order, each text once; a malformed one is noted and
     * stands as {@code null} in its place, so that the use case reports it in its turn among the entries it looks up.
     */
    List<UserId> userIds(String field, String commaSeparated) {
        note(field, commaSeparated);
        List<UserId> ids = new ArrayList<>();
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return ids;
        }
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .forEach(text -> {
                    Long id = problems.id(field, text);
                    ids.add(id == null ? null : new UserId(id));
                });
        return ids;
    }

    /** The appointment setting id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    AppointmentSettingId appointmentSettingId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new AppointmentSettingId(id);
    }

    /** The user group id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    UserGroupId userGroupId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new UserGroupId(id);
    }

    /** The availability id in {@code field}; {@code null} when absent, blank or malformed (noted). */
    AvailabilityId availabilityId(String field, String raw) {
        Long id = id(field, raw);
        return id == null ? null : new AvailabilityId(id);
    }

    /**
     * The user ids of a list, entry by entry and in order, repeats kept: a blank entry names no one and is left
     * out; a malformed one is noted and stands as {@code null} in its place, so that the use case reports it in
     * its turn among the entries it looks up ({@link Inputs#report(Reading, String, int)}). {@code null} when the
     * client sent no list; the list counts as sent only when it has an entry.
     */
    List<UserId> userIdList(String field, List<String> raw) {
        if (raw == null) {
            return null;
        }
        List<UserId> ids = new ArrayList<>();
        if (raw.isEmpty()) {
            return ids;
        }
        sent.add(field);
        for (String text : raw) {
            boolean blank = text == null || text.isBlank();
            Long id = problems.id(field, text);
            if (!blank) {
                ids.add(id == null ? null : new UserId(id));
            }
        }
        return ids;
    }

    /**
     * The calendar date in {@code field} ("August 16, 2022", "Aug 16, 2022" or "2022-08-16"); {@code null} when
     * absent or blank, or when unreadable (noted).
     */
    LocalDate date(String field, String raw) {
        note(field, raw);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = HealthieTimes.date(raw);
        if (date.isEmpty()) {
            problems.problem(field, "must be a date such as \"August 16, 2022\" or \"2022-08-16\"");
        }
        return date.orElse(null);
    }

    /** The calendar date in {@code field}, as {@link #date}; a missing or blank one is noted too. */
    LocalDate requiredDate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            note(field, raw);
            problems.problem(field, "can't be blank");
            return null;
        }
        return date(field, raw);
    }

    /**
     * The day in {@code field} whose month a search covers, in any form {@link #date} reads; a missing one is noted
     * as such, a blank or unreadable one as not a date.
     */
    LocalDate dayOfMonth(String field, String raw) {
        note(field, raw);
        Optional<LocalDate> date = HealthieTimes.date(raw);
        if (date.isEmpty()) {
            problems.problem(field, raw == null ? "can't be blank" : "must be a date (YYYY-MM-DD)");
        }
        return date.orElse(null);
    }

    /** The time of day in {@code field} ("07 30", "19:00"); {@code null} when missing or unreadable (noted). */
    LocalTime timeOfDay(String field, String raw) {
        note(field, raw);
        if (raw == null || raw.isBlank()) {
            problems.problem(field, "can't be blank");
            return null;
        }
        Optional<LocalTime> time = HealthieTimes.timeOfDay(raw);
        if (time.isEmpty()) {
            problems.problem(field, "must be a time as \"HH MM\" in 24-hour form, e.g. \"07 30\"");
        }
        return time.orElse(null);
    }

    /** The IANA time zone in {@code field}; {@code null} when absent or unknown (noted). */
    ZoneId timezone(String field, String raw) {
        note(field, raw);
        String zone = problems.timezone(field, raw);
        return zone == null ? null : ZoneId.of(zone);
    }

    /**
     * The start in {@code datetime}, else in {@code date} — a date and time, or a calendar date with the time of day
     * in {@code time}. A missing start is noted on {@code datetimeField}, a wrong date on {@code date} and a wrong
     * time on {@code time}.
     */
    StartTime start(String datetimeField, String datetime, String date, String time) {
        note(datetimeField, datetime);
        note("date", date);
        note("time", time);
        if (datetime != null && !datetime.isBlank()) {
            Optional<StartTime> start = HealthieTimes.start(datetime);
            if (start.isEmpty()) {
                problems.problem(datetimeField, "must be a date and time such as \"2021-10-10 10:00:00\" or ISO 8601");
            }
            return start.orElse(null);
        }
        if (date == null || date.isBlank()) {
            problems.problem(datetimeField, "can't be blank");
            return null;
        }
        Optional<StartTime> start = HealthieTimes.start(date);
        if (start.isPresent()) {
            return start.get();
        }
        Optional<LocalDate> day = HealthieTimes.date(date);
        Optional<LocalTime> at = HealthieTimes.timeOfDay(time);
        if (day.isEmpty()) {
            problems.problem("date", "must be a date such as \"May 23, 2024\" or a date and time");
        }
        if (at.isEmpty()) {
            problems.problem("time", "must be a time as \"HH MM\" in 24-hour form");
        }
        return day.isPresent() && at.isPresent() ? StartTime.local(LocalDateTime.of(day.get(), at.get())) : null;
    }

    /**
     * Refuses the request with every problem noted so far, in order: for a use case that reads its ids before
     * anything else and refuses them together.
     */
    void check() {
        problems.check();
    }

    /** The fields sent and the problems noted so far. */
    Reading reading() {
        return new Reading(sent, problems.problems());
    }

    private Long id(String field, String raw) {
        note(field, raw);
        return problems.id(field, raw);
    }

    private void note(String field, Object raw) {
        if (raw != null) {
            sent.add(field);
        }
    }
}
