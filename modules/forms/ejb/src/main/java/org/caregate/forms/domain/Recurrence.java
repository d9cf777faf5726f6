package org.caregate.forms.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When a recurring form request is sent: at a time of day on the patient's wall clock, every day, every week on a
 * weekday or every month on a day of the month, until an optional last day. A monthly day the month does not have
 * (the 31st in April, the 30th in February) falls on the month's last day. A time the clock skips when summer time
 * starts falls as much later as the clock jumped (02:30 becomes 03:30); a time it passes twice when summer time ends
 * is the first of the two.
 *
 * @param weekday  the day of a weekly recurrence, else {@code null}
 * @param monthday the day (1 to 31) of a monthly recurrence, else {@code null}
 * @param endsOn   the last day an occurrence may fall on, in {@code zone}, or {@code null} for no end
 */
public record Recurrence(Frequency frequency, LocalTime timeOfDay, DayOfWeek weekday, Integer monthday,
                         LocalDate endsOn, ZoneId zone) {

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(zone, "zone");
        if (frequency == Frequency.WEEKLY && weekday == null) {
            throw new IllegalArgumentException("a weekly recurrence needs its weekday");
        }
        if (frequency == Frequency.MONTHLY && (monthday == null || monthday < 1 || monthday > 31)) {
            throw new IllegalArgumentException("a monthly recurrence needs its day of the month, 1 to 31");
        }
    }

    /** The first occurrence strictly after {@code after}; empty once the recurrence has ended. */
    public Optional<Instant> firstAfter(Instant after) {
        LocalDate date = firstOnOrAfter(after.atZone(zone).toLocalDate());
        while (endsOn == null || !date.isAfter(endsOn)) {
            Instant at = ZonedDateTime.of(date, timeOfDay, zone).toInstant();
            if (at.isAfter(after)) {
                return Optional.of(at);
            }
            date = following(date);
        }
        return Optional.empty();
    }

    private LocalDate firstOnOrAfter(LocalDate day) {
        return switch (frequency) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(weekday));
            case MONTHLY -> {
                LocalDate inMonth = dayOf(YearMonth.from(day));
                yield inMonth.isBefore(day) ? dayOf(YearMonth.from(day).plusMonths(1)) : inMonth;
            }
        };
    }

    private LocalDate following(LocalDate date) {
        return switch (frequency) {
            case DAILY -> date.plusDays(1);
            case WEEKLY -> date.plusWeeks(1);
            case MONTHLY -> dayOf(YearMonth.from(date).plusMonths(1));
        };
    }

    private LocalDate dayOf(YearMonth month) {
        return month.atDay(Math.min(monthday, month.lengthOfMonth()));
    }
}
