package org.caregate.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The date and time formats scheduling clients receive: slot dates ("2021-10-10 10:00:00 EDT -04:00"),
 * appointment dates ("2020-05-08 21:00:00 UTC"), availability starts and ends, booking warnings' times and
 * durations. What clients send — a booking's start, a calendar date, a time of day — the web adapter reads.
 */
public final class SchedulingTimes {

    /** UTC as a zone that prints as "UTC" (Healthie's appointment dates), not as "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz xxx", Locale.US);
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US);
    private static final DateTimeFormatter AVAILABILITY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.US);
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final DateTimeFormatter WARNING = DateTimeFormatter.ofPattern("MMM d, h:mm a zzz", Locale.US);

    private SchedulingTimes() {
    }

    /** A slot's date as Healthie shows it: local time, zone abbreviation and offset. */
    public static String slotDate(Instant instant, ZoneId zone) {
        return SLOT.format(instant.atZone(zone));
    }

    /** An appointment's date as Healthie shows it, in UTC ("2020-05-08 21:00:00 UTC"). */
    public static String appointmentDate(Instant instant) {
        return APPOINTMENT.format(instant.atZone(UTC));
    }

    /** An availability's start or end: local time and numeric offset ("2022-08-15 07:30:00 +0200"). */
    public static String availabilityDate(ZonedDateTime time) {
        return AVAILABILITY.format(time);
    }

    public static String zoneAbbreviation(ZonedDateTime time) {
        return ABBREVIATION.format(time);
    }

    /** How a booking warning names a time: "Jul 11, 12:00 PM EDT". */
    public static String warningTime(Instant instant, ZoneId zone) {
        return WARNING.format(instant.atZone(zone));
    }

    /** Healthie's duration strings: "5h", "30m", "1h 30m". */
    public static String durationString(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours > 0 && minutes > 0) {
            return hours + "h " + minutes + "m";
        }
        return hours > 0 ? hours + "h" : minutes + "m";
    }
}
