package org.caregate.web.scheduling;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caregate.scheduling.api.StartTime;

/**
 * The dates and times Healthie's clients send when they book: a start as ISO 8601 with an offset, as a slot date
 * ("2021-10-10 10:00:00 EDT -04:00") or as a local date-time ("2021-10-10 10:00:00") left for the booking to place
 * in a zone; a calendar date ("July 11, 2024") and a time of day ("12 00").
 */
final class HealthieTimes {

    private static final DateTimeFormatter MONTH_NAME_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d, uuuu").toFormatter(Locale.US);
    private static final DateTimeFormatter SHORT_MONTH_NAME_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, uuuu").toFormatter(Locale.US);
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:\\s+(.+))?");
    private static final Pattern OFFSET = Pattern.compile("(?:[A-Za-z]{1,6}\\s+)?([+-]\\d{2}:?\\d{2}|Z|UTC|GMT)");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})[ :](\\d{2})");

    private HealthieTimes() {
    }

    /** A start: a point in time where the text names an offset ("Z", "UTC", "-04:00"), else a local date-time. */
    static Optional<StartTime> start(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(StartTime.at(OffsetDateTime.parse(value).toInstant()));
        } catch (DateTimeParseException ignored) {
            // not ISO 8601 with an offset; try the other forms
        }
        Matcher matcher = LOCAL_DATE_TIME.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.parse(matcher.group(1)),
                    LocalTime.parse(padHour(matcher.group(2))));
            String suffix = matcher.group(3);
            if (suffix == null) {
                return Optional.of(StartTime.local(local));
            }
            Matcher offset = OFFSET.matcher(suffix.strip());
            if (!offset.matches()) {
                return Optional.empty();
            }
            String found = offset.group(1);
            if (found.equals("Z") || found.equals("UTC") || found.equals("GMT")) {
                return Optional.of(StartTime.at(local.toInstant(ZoneOffset.UTC)));
            }
            String normalised = found.contains(":") ? found : found.substring(0, 3) + ":" + found.substring(3);
            return Optional.of(StartTime.at(local.toInstant(ZoneOffset.of(normalised))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String padHour(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }

    /** A calendar date: "August 16, 2022", "Aug 16, 2022" or "2022-08-16". */
    static Optional<LocalDate> date(String text) {
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

    /** A time of day in 24-hour form: "07 30", "19 00" or "07:30"; "24 00" is the last second of the day. */
    static Optional<LocalTime> timeOfDay(String text) {
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
