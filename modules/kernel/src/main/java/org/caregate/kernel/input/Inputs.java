package org.caregate.kernel.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Collects what is wrong with a request, field by field, so that the client hears about every problem at once;
 * {@link #check()} refuses the request when there is any.
 */
public final class Inputs {

    /** The longest address SMTP carries (RFC 5321: a 256-octet path less its angle brackets). */
    private static final int MAX_EMAIL = 254;
    private static final int MAX_TEXT = 255;
    private static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    private static final int LATEST_YEAR = 2099;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** The earliest time Caregate's calendars hold. */
    public static final Instant EARLIEST_TIME = Instant.parse("2000-01-01T00:00:00Z");
    /** The first time past Caregate's calendars. */
    public static final Instant LATEST_TIME = Instant.parse("2100-01-01T00:00:00Z");

    private final List<FieldMessage> problems = new ArrayList<>();

    public void problem(String field, String message) {
        problems.add(new FieldMessage(field, message));
    }

    /** Records the problems an adapter found reading {@code field}, at this point among the others. */
    public void report(Reading reading, String field) {
        reading.problems().stream().filter(p -> p.field().equals(field)).forEach(problems::add);
    }

    /**
     * Records the {@code n}th problem (from 0) an adapter found reading the list in {@code field}: the problem of
     * its {@code n}th unreadable entry, at this point among the others, so that each entry is reported in its turn.
     */
    public void report(Reading reading, String field, int n) {
        reading.problems().stream().filter(p -> p.field().equals(field)).skip(n).findFirst().ifPresent(problems::add);
    }

    /** The problems recorded so far, in order; an adapter hands them on in a {@link Reading}. */
    public List<FieldMessage> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** Requires text; returns it trimmed, or {@code null} after recording the problem. */
    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "can't be blank");
            return null;
        }
        return optional(field, value);
    }

    /** Optional text; blank counts as absent. */
    public String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            problem(field, "is too long (at most " + MAX_TEXT + " characters)");
        }
        return trimmed;
    }

    public String email(String field, String value, boolean required) {
        String email = required ? required(field, value) : optional(field, value);
        if (email != null && !isEmailAddress(email)) {
            problem(field, "is not a valid email address");
            return null;
        }
        return email;
    }

    /**
     * Whether the text has the shape of an email address: at most 254 characters, no whitespace, one {@code @} with
     * text before it, and a domain with a dot between other characters. One pass over the text, whatever it holds
     * (a regular expression for the same shape backtracks quadratically on a domain of many dots).
     */
    static boolean isEmailAddress(String text) {
        if (text.length() > MAX_EMAIL) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '@' && at >= 0) {
                return false;
            }
            if (c == '@') {
                at = i;
            }
        }
        if (at < 1) {
            return false;
        }
        int dot = text.indexOf('.', at + 2);
        return dot > 0 && dot < text.length() - 1;
    }

    /** An id as GraphQL sends it (a string of digits); {@code null} when absent, recorded when malformed. */
    public Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the problem below
        }
        problem(field, "is not a valid id");
        return null;
    }

    /** A required id; {@code null} after recording that it is missing or malformed. */
    public Long requiredId(String field, String value) {
        Long id = id(field, value);
        if (id == null && !hasProblem(field)) {
            problem(field, "can't be blank");
        }
        return id;
    }

    public String timezone(String field, String value) {
        String zone = optional(field, value);
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            problem(field, "is not a known time zone (use an IANA name such as America/New_York)");
            return null;
        }
    }

    /**
     * A time in a calendar — an appointment's, an availability's, a teleconsultation's, a slot search's bounds —
     * within {@link #EARLIEST_TIME} and {@link #LATEST_TIME}: {@code null} after recording the problem (a year of
     * 999,999,999 or 5000 BC reached PostgreSQL, which cannot store it, and answered 500).
     */
    public Instant calendarTime(String field, Instant value) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(EARLIEST_TIME) || !value.isBefore(LATEST_TIME)) {
            problem(field, "must be between 2000-01-01 and 2099-12-31");
            return null;
        }
        return value;
    }

    /** A time given as Unix seconds, with the bounds of {@link #calendarTime}; {@code null} after recording the problem. */
    public Instant unixTime(String field, Long seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds < EARLIEST_TIME.getEpochSecond() || seconds >= LATEST_TIME.getEpochSecond()) {
            problem(field, "must be a Unix timestamp in seconds between 2000-01-01 and 2099-12-31");
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** A calendar date, with the same bounds as {@link #calendarTime}; {@code null} after recording the problem. */
    public LocalDate calendarDate(String field, LocalDate value) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(EARLIEST_DATE) || value.getYear() > LATEST_YEAR) {
            problem(field, "must be between 2000-01-01 and 2099-12-31");
            return null;
        }
        return value;
    }

    /** A date of birth: from 1900-01-01 to {@code today}; {@code null} after recording the problem. */
    public LocalDate birthDate(String field, LocalDate value, LocalDate today) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(EARLIEST_BIRTH) || value.isAfter(today)) {
            problem(field, "must be between 1900-01-01 and today");
            return null;
        }
        return value;
    }

    /** Whether any problem has been recorded so far. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
