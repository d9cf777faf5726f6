package org.caregate.forms.application;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caregate.forms.api.NewRequest;
import org.caregate.forms.domain.Frequency;
import org.caregate.forms.domain.Recurrence;
import org.caregate.kernel.input.Inputs;

/**
 * Reads a recurrence from the strings seed 001 prints for {@code createRequestedFormCompletion}: {@code frequency}
 * ({@code Daily}, {@code Weekly}, {@code Monthly}), a 12-hour {@code hour} and {@code period} ({@code AM}/{@code PM})
 * with a {@code minute}, a full {@code weekday} name for weekly ones, an ordinal {@code monthday} ({@code 27th}) for
 * monthly ones, and {@code ends_on} (YYYY-MM-DD) when {@code recurrence_ends}. Every problem is recorded on its field.
 */
final class RecurrenceInputs {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private RecurrenceInputs() {
    }

    /**
     * The recurrence the request asks for, in {@code zone}; empty when it asks for none or after recording the
     * problems. A last day before {@code today} is refused.
     */
    static Optional<Recurrence> read(NewRequest request, ZoneId zone, LocalDate today, Inputs inputs) {
        if (!Boolean.TRUE.equals(request.isRecurring())) {
            return Optional.empty();
        }
        Frequency frequency = null;
        if (isBlank(request.frequency())) {
            inputs.problem("frequency", "can't be blank when is_recurring is true");
        } else {
            frequency = Frequency.named(request.frequency()).orElse(null);
            if (frequency == null) {
                inputs.problem("frequency", "must be Daily, Weekly or Monthly");
            }
        }
        LocalTime time = time(request, inputs);
        DayOfWeek weekday = frequency == Frequency.WEEKLY ? weekday(request.weekday(), inputs) : null;
        Integer monthday = frequency == Frequency.MONTHLY ? monthday(request.monthday(), inputs) : null;
        LocalDate endsOn = Boolean.TRUE.equals(request.recurrenceEnds()) ? endsOn(request.endsOn(), today, inputs)
                : null;
        if (inputs.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Recurrence(frequency, time, weekday, monthday, endsOn, zone));
    }

    private static LocalTime time(NewRequest request, Inputs inputs) {
        Integer hour = number("hour", request.hour(), 1, 12, true, inputs);
        Integer minute = number("minute", request.minute(), 0, 59, false, inputs);
        String period = request.period() == null ? "" : request.period().strip().toUpperCase(Locale.ROOT);
        if (!period.equals("AM") && !period.equals("PM")) {
            inputs.problem("period", "must be AM or PM");
            return null;
        }
        if (hour == null || inputs.hasProblem("minute")) {
            return null;
        }
        return LocalTime.of(hour % 12 + (period.equals("PM") ? 12 : 0), minute == null ? 0 : minute);
    }

    private static Integer number(String field, String raw, int lowest, int highest, boolean required,
                                  Inputs inputs) {
        if (isBlank(raw)) {
            if (required) {
                inputs.problem(field, "can't be blank when is_recurring is true");
            }
            return null;
        }
        if (NUMBER.matcher(raw.strip()).matches()) {
            int value = Integer.parseInt(raw.strip());
            if (value >= lowest && value <= highest) {
                return value;
            }
        }
        inputs.problem(field, "must be a number from " + lowest + " to " + highest);
        return null;
    }

    private static DayOfWeek weekday(String raw, Inputs inputs) {
        if (isBlank(raw)) {
            inputs.problem("weekday", "can't be blank for a weekly recurrence");
            return null;
        }
        Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().equalsIgnoreCase(raw.strip())).findFirst();
        if (day.isEmpty()) {
            inputs.problem("weekday", "must be a full weekday name, e.g. Monday");
        }
        return day.orElse(null);
    }

    private static Integer monthday(String raw, Inputs inputs) {
        if (isBlank(raw)) {
            inputs.problem("monthday", "can't be blank for a monthly recurrence");
            return null;
        }
        Matcher ordinal = ORDINAL.matcher(raw.strip());
        if (ordinal.matches()) {
            int day = Integer.parseInt(ordinal.group(1));
            if (day >= 1 && day <= 31) {
                return day;
            }
        }
        inputs.problem("monthday", "must be a day of the month from 1st to 31st, e.g. 27th");
        return null;
    }

    private static LocalDate endsOn(String raw, LocalDate today, Inputs inputs) {
        if (isBlank(raw)) {
            inputs.problem("ends_on", "can't be blank when recurrence_ends is true");
            return null;
        }
        try {
            if (DATE.matcher(raw.strip()).matches()) {
                LocalDate date = inputs.calendarDate("ends_on", LocalDate.parse(raw.strip()));
                if (date != null && date.isBefore(today)) {
                    inputs.problem("ends_on", "must not be in the past");
                    return null;
                }
                return date;
            }
        } catch (DateTimeException e) {
            // falls through to the problem below
        }
        inputs.problem("ends_on", "must be a date in the YYYY-MM-DD format");
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
