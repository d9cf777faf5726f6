package org.caregate.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dailyFallsOnTheWallClockTimeOfTheZone() {
        Recurrence daily = new Recurrence(Frequency.DAILY, LocalTime.of(13, 5), null, null, null, BERLIN);
        assertEquals(List.of("2026-12-01T13:05+01:00[Europe/Berlin]", "2026-12-02T13:05+01:00[Europe/Berlin]",
                "2026-12-03T13:05+01:00[Europe/Berlin]"), occurrences(daily, at("2026-12-01T10:00", BERLIN), 3));
        assertEquals("2026-12-02T13:05+01:00[Europe/Berlin]",
                occurrences(daily, at("2026-12-01T13:05", BERLIN), 1).get(0), "strictly after");
    }

    @Test
    void weeklyFallsOnItsWeekday() {
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, LocalTime.of(9, 0), DayOfWeek.MONDAY, null, null,
                NEW_YORK);
        // 2026-12-01 is a Tuesday
        assertEquals(List.of("2026-12-07T09:00-05:00[America/New_York]", "2026-12-14T09:00-05:00[America/New_York]"),
                occurrences(weekly, at("2026-12-01T08:00", NEW_YORK), 2));
        Recurrence tuesday = new Recurrence(Frequency.WEEKLY, LocalTime.of(9, 0), DayOfWeek.TUESDAY, null, null,
                NEW_YORK);
        assertEquals("2026-12-01T09:00-05:00[America/New_York]",
                occurrences(tuesday, at("2026-12-01T08:00", NEW_YORK), 1).get(0), "later the same day");
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, LocalTime.of(8, 30), null, 31, null, ZoneId.of("UTC"));
        assertEquals(List.of("2027-01-31T08:30Z[UTC]", "2027-02-28T08:30Z[UTC]", "2027-03-31T08:30Z[UTC]",
                "2027-04-30T08:30Z[UTC]"), occurrences(monthly, Instant.parse("2027-01-15T00:00:00Z"), 4));
        Recurrence leap = new Recurrence(Frequency.MONTHLY, LocalTime.of(8, 30), null, 30, null, ZoneId.of("UTC"));
        assertEquals("2028-02-29T08:30Z[UTC]", occurrences(leap, Instant.parse("2028-02-01T00:00:00Z"), 1).get(0));
        Recurrence the27th = new Recurrence(Frequency.MONTHLY, LocalTime.of(13, 5), null, 27, null, ZoneId.of("UTC"));
        assertEquals("2027-02-27T13:05Z[UTC]", occurrences(the27th, Instant.parse("2027-01-27T13:05:00Z"), 1).get(0));
    }

    @Test
    void aTimeSkippedWhenSummerTimeStartsFallsLaterAndATimeRepeatedWhenItEndsFallsOnTheFirst() {
        Recurrence skipped = new Recurrence(Frequency.DAILY, LocalTime.of(2, 30), null, null, null, NEW_YORK);
        // 2027-03-14: New York's clocks jump from 02:00 to 03:00
        assertEquals(List.of("2027-03-13T02:30-05:00[America/New_York]", "2027-03-14T03:30-04:00[America/New_York]",
                "2027-03-15T02:30-04:00[America/New_York]"), occurrences(skipped, at("2027-03-13T00:00", NEW_YORK), 3));
        Recurrence repeated = new Recurrence(Frequency.DAILY, LocalTime.of(1, 30), null, null, null, NEW_YORK);
        // 2027-11-07: 01:00 to 02:00 happens twice; the first (-04:00) counts, once
        assertEquals(List.of("2027-11-07T01:30-04:00[America/New_York]", "2027-11-08T01:30-05:00[America/New_York]"),
                occurrences(repeated, at("2027-11-07T00:00", NEW_YORK), 2));
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, null, null, NEW_YORK);
        assertEquals(List.of("2027-03-07T14:00:00Z", "2027-03-14T13:00:00Z"), occurrences(weekly,
                at("2027-03-01T00:00", NEW_YORK), 2).stream().map(o -> ZonedDateTime.parse(o).toInstant().toString())
                .toList(), "same wall time, an hour earlier in UTC after the change");
    }

    @Test
    void endsAfterItsLastDay() {
        Recurrence ending = new Recurrence(Frequency.DAILY, LocalTime.of(9, 0), null, null, LocalDate.of(2026, 12, 3),
                ZoneId.of("UTC"));
        assertEquals(List.of("2026-12-02T09:00Z[UTC]", "2026-12-03T09:00Z[UTC]"),
                occurrences(ending, Instant.parse("2026-12-01T10:00:00Z"), 5));
        assertEquals(Optional.empty(), ending.firstAfter(Instant.parse("2026-12-03T09:00:00Z")));
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, LocalTime.of(9, 0), null, 27, LocalDate.of(2027, 1, 26),
                ZoneId.of("UTC"));
        assertEquals(List.of("2026-12-27T09:00Z[UTC]"), occurrences(monthly, Instant.parse("2026-12-01T00:00:00Z"), 3));
    }

    @Test
    void aWeeklyRecurrenceNeedsItsWeekdayAndAMonthlyOneItsDay() {
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, LocalTime.NOON, null, null,
                null, BERLIN));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.MONTHLY, LocalTime.NOON, null, 32,
                null, BERLIN));
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** The next {@code count} occurrences after {@code from}, each as a zoned time in the recurrence's zone. */
    private static List<String> occurrences(Recurrence recurrence, Instant from, int count) {
        List<String> found = new ArrayList<>();
        Instant after = from;
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = recurrence.firstAfter(after);
            if (next.isEmpty()) {
                break;
            }
            found.add(next.get().atZone(recurrence.zone()).toString());
            after = next.get();
        }
        return found;
    }
}
