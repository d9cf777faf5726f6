package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.domain.Availability.OpeningHours;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.SlotFinder;
import org.caregate.scheduling.domain.SlotFinder.ProviderCalendar;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 10: Solo's slots with a duration of one second over 62 days, and organization-wide searches,
 * walked millions of starts. A search is judged by the starts it would walk in the calendars' open hours.
 */
class SlotSearchLimitTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void oneSecondSlotsOverSixtyTwoDaysAreRefusedWhileADayOfThemIsNot() {
        List<ProviderCalendar> allWeek = List.of(calendar(IntStream.range(0, 7), "00:00", "23:59"));
        assertThatThrownBy(() -> SlotSearchLimit.require("before", allWeek, search(62, Duration.ofSeconds(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before");
        assertThatCode(() -> SlotSearchLimit.require("before", allWeek, search(1, Duration.ofSeconds(1))))
                .doesNotThrowAnyException();
    }

    @Test
    void anOrganizationWideSearchCountsEveryCalendarsOpenHoursInItsIntervals() {
        ProviderCalendar weekdays = calendar(IntStream.rangeClosed(1, 5), "09:00", "17:00");
        assertThatCode(() -> SlotSearchLimit.require("end_date", Collections.nCopies(100, weekdays), search(62, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SlotSearchLimit.require("end_date", Collections.nCopies(2_000, weekdays),
                search(62, null))).hasMessageContaining("2000 calendars");
    }

    private static SlotFinder.Search search(int days, Duration step) {
        return new SlotFinder.Search(MONDAY, MONDAY.plus(Duration.ofDays(days)), Duration.ofMinutes(30), MONDAY, step);
    }

    private static ProviderCalendar calendar(IntStream days, String from, String to) {
        return new ProviderCalendar(7, days.mapToObj(day -> new OpeningHours(true, day, LocalDate.of(2026, 1, 1),
                LocalTime.parse(from), LocalTime.parse(to), ZoneOffset.UTC)).toList(), List.of(), BookingRules.DEFAULTS);
    }
}
