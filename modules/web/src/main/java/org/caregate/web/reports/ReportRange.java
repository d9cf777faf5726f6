package org.caregate.web.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;

/**
 * The days a report covers, as Solo's {@code from} and {@code to} query parameters give them: two dates
 * ({@code 2020-02-10}), both required, both included, {@code from} not after {@code to}, at most
 * {@value #MAX_DAYS} days. Days are UTC days: the report covers visits starting from {@code from}'s midnight UTC
 * up to (not including) the midnight UTC after {@code to}.
 *
 * @param from the first instant covered
 * @param until the first instant no longer covered
 */
public record ReportRange(Instant from, Instant until) {

    /** Most days one report covers (a leap year). */
    public static final int MAX_DAYS = 366;

    /** Longest parameter value read; a date is 10 characters. */
    private static final int MAX_LENGTH = 32;

    /** The range, or a refusal naming each parameter that is missing, unreadable or out of bounds. */
    public static ReportRange read(String from, String to) {
        List<FieldMessage> problems = new ArrayList<>();
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldMessage("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                problems.add(new FieldMessage("to", "must be at most " + MAX_DAYS + " days from from, both included"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportRange(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate date(String name, String raw, List<FieldMessage> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(new FieldMessage(name, "This value should not be blank"));
            return null;
        }
        if (raw.length() > MAX_LENGTH) {
            problems.add(new FieldMessage(name, "This value is not a valid date"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                problems.add(new FieldMessage(name, "This value is not a valid date"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldMessage(name, "This value is not a valid date"));
            return null;
        }
    }
}
