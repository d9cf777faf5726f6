package org.caregate.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time formats scheduling clients send and receive: slot dates ("2021-10-10 10:00:00 EDT -04:00"),
 * appointment dates ("2020-05-08 21:00:00 UTC"), availability dates ("August 16, 2022") and times ("07 30").
 * A booking's start is read by the web adapter (it arrives as a {@code StartTime}).
 */
public final class SchedulingTimes {

    /** UTC as a zone that prints as "UTC" (Healthie's appointment dates), not as "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz xxx", Locale.US);
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US);
    private static final DateTimeFormatter AVAILABILITY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.US);
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final DateTimeFormatter MONTH_NAME_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d, uuuu").toFormatter(Locale.US);
    private static final DateTimeFormatter SHORT_MONTH_NAME_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, uuuu").toFormatter(Locale.US);
    private static final DateTimeFormatter WARNING = DateTimeFormatter.ofPattern("MMM d, h:mm a zzz", Locale.US);
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})[ :](\\d{2})");

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

    /** A calendar date: "August 16, 2022", "Aug 16, 2022" or "2022-08-16". */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {MONTH_NAME_DATE, SHORT_MONTH_NAME_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** A time of day in 24-hour form: "07 30", "19 00" or "07:30". */
    public static Optional<LocalTime> timeOfDay(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = HOURS_MINUTES.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        if (hour == 24 && minute == 0) {
            return Optional.of(LocalTime.MAX.withNano(0));
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
