package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.caregate.scheduling.domain.Availability.OpeningHours;
import org.caregate.scheduling.domain.SlotFinder.BusyPeriod;
import org.caregate.scheduling.domain.SlotFinder.ProviderCalendar;
import org.caregate.scheduling.domain.SlotFinder.Search;
import org.caregate.scheduling.domain.SlotFinder.Slot;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    private static OpeningHours weekly(int day, String from, String to, ZoneId zone) {
        return new OpeningHours(true, day, LocalDate.of(2026, 1, 1), LocalTime.parse(from), LocalTime.parse(to), zone);
    }

    private static OpeningHours once(String date, String from, String to, ZoneId zone) {
        LocalDate day = LocalDate.parse(date);
        return new OpeningHours(false, day.getDayOfWeek().getValue() % 7, day, LocalTime.parse(from),
                LocalTime.parse(to), zone);
    }

    private static ProviderCalendar calendar(List<OpeningHours> openings, List<BusyPeriod> busy, BookingRules rules) {
        return new ProviderCalendar(7, openings, busy, rules);
    }

    private static List<Instant> starts(ProviderCalendar calendar, Instant from, Instant until, Duration length,
                                        Instant now) {
        return SlotFinder.slots(List.of(calendar), new Search(from, until, length, now)).stream().map(Slot::start).toList();
    }

    @Test
    void stepsThroughAnOpeningByTheCalendarIntervalAndStopsWhereTheAppointmentNoLongerFits() {
        ProviderCalendar calendar = calendar(List.of(once("2026-12-07", "09:00", "11:00", NEW_YORK)), List.of(),
                BookingRules.DEFAULTS);
        assertThat(starts(calendar, at("2026-12-07T00:00", NEW_YORK), at("2026-12-08T00:00", NEW_YORK), HOUR, LONG_AGO))
                .containsExactly(at("2026-12-07T09:00", NEW_YORK), at("2026-12-07T09:30", NEW_YORK),
                        at("2026-12-07T10:00", NEW_YORK));
    }

    @Test
    void keepsClearOfBookedAppointmentsWidenedByTheBufferOnBothSides() {
        BookingRules buffered = new BookingRules(15, 15, 0, 0, 0, true, true, false, false, false, null, null);
        BusyPeriod booked = new BusyPeriod(at("2026-12-07T10:00", NEW_YORK), at("2026-12-07T10:30", NEW_YORK));
        ProviderCalendar calendar = calendar(List.of(once("2026-12-07", "09:00", "12:00", NEW_YORK)), List.of(booked),
                buffered);
        assertThat(starts(calendar, at("2026-12-07T00:00", NEW_YORK), at("2026-12-08T00:00", NEW_YORK),
                Duration.ofMinutes(30), LONG_AGO))
                .containsExactly(at("2026-12-07T09:00", NEW_YORK), at("2026-12-07T09:15", NEW_YORK),
                        at("2026-12-07T10:45", NEW_YORK), at("2026-12-07T11:00", NEW_YORK),
                        at("2026-12-07T11:15", NEW_YORK), at("2026-12-07T11:30", NEW_YORK));
    }

    @Test
    void offersNothingBeforeTheMinimumAdvanceTime() {
        BookingRules dayAhead = new BookingRules(0, 60, 24 * 60, 0, 0, true, true, false, false, false, null, null);
        ProviderCalendar calendar = calendar(List.of(weekly(1, "09:00", "12:00", NEW_YORK)), List.of(), dayAhead);
        Instant now = at("2026-12-06T10:30", NEW_YORK);
        assertThat(starts(calendar, at("2026-12-07T00:00", NEW_YORK), at("2026-12-08T00:00", NEW_YORK), HOUR,
                dayAhead.earliestSelfBookedStart(now)))
                .containsExactly(at("2026-12-07T11:00", NEW_YORK));
    }

    @Test
    void weeklyHoursRepeatOnlyOnTheirDayAndNotBeforeTheFirstDate() {
        OpeningHours mondays = new OpeningHours(true, 1, LocalDate.of(2026, 12, 14), LocalTime.of(9, 0),
                LocalTime.of(10, 0), NEW_YORK);
        ProviderCalendar calendar = calendar(List.of(mondays), List.of(), BookingRules.DEFAULTS);
        assertThat(starts(calendar, at("2026-12-01T00:00", NEW_YORK), at("2027-01-01T00:00", NEW_YORK), HOUR, LONG_AGO))
                .containsExactly(at("2026-12-14T09:00", NEW_YORK), at("2026-12-21T09:00", NEW_YORK),
                        at("2026-12-28T09:00", NEW_YORK));
    }

    @Test
    void weeklyHoursKeepTheirWallClockTimeAcrossTheSpringAndAutumnChangesInNewYork() {
        ProviderCalendar calendar = calendar(List.of(weekly(0, "09:00", "10:00", NEW_YORK)), List.of(),
                BookingRules.DEFAULTS);
        List<Instant> march = starts(calendar, at("2026-03-01T00:00", NEW_YORK), at("2026-03-09T00:00", NEW_YORK), HOUR,
                LONG_AGO);
        assertThat(march).containsExactly(Instant.parse("2026-03-01T14:00:00Z"), Instant.parse("2026-03-08T13:00:00Z"));
        List<Instant> november = starts(calendar, at("2026-10-25T00:00", NEW_YORK), at("2026-11-02T00:00", NEW_YORK),
                HOUR, LONG_AGO);
        assertThat(november).containsExactly(Instant.parse("2026-10-25T13:00:00Z"), Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void anOpeningAcrossTheSpringGapIsAnHourShorterAndAnOpeningAcrossTheAutumnRepeatIsAnHourLonger() {
        BookingRules hourly = new BookingRules(0, 60, 0, 0, 0, true, true, false, false, false, null, null);
        ProviderCalendar spring = calendar(List.of(once("2026-03-29", "01:00", "04:00", BERLIN)), List.of(), hourly);
        assertThat(starts(spring, at("2026-03-29T00:00", BERLIN), at("2026-03-30T00:00", BERLIN), HOUR, LONG_AGO))
                .containsExactly(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"));
        ProviderCalendar autumn = calendar(List.of(once("2026-10-25", "01:00", "04:00", BERLIN)), List.of(), hourly);
        assertThat(starts(autumn, at("2026-10-25T00:00", BERLIN), at("2026-10-26T00:00", BERLIN), HOUR, LONG_AGO))
                .hasSize(4).first().isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    }

    @Test
    void aSearchInAnotherZoneFindsTheSameInstantsForTheLocalDayOfThatZone() {
        ProviderCalendar berlinMornings = calendar(List.of(weekly(1, "08:00", "09:00", BERLIN)), List.of(),
                BookingRules.DEFAULTS);
        // Monday 08:00 in Berlin is still Monday 02:00 in New York: the New York Monday holds it.
        assertThat(starts(berlinMornings, at("2026-12-07T00:00", NEW_YORK), at("2026-12-08T00:00", NEW_YORK), HOUR,
                LONG_AGO)).containsExactly(Instant.parse("2026-12-07T07:00:00Z"));
    }

    @Test
    void offersExactlyTheListedSlotsAndNothingBetweenThem() {
        ProviderCalendar calendar = calendar(List.of(once("2026-12-07", "09:00", "11:00", NEW_YORK)), List.of(),
                BookingRules.DEFAULTS);
        assertThat(SlotFinder.offers(calendar, at("2026-12-07T09:30", NEW_YORK), HOUR, LONG_AGO)).isTrue();
        assertThat(SlotFinder.offers(calendar, at("2026-12-07T09:10", NEW_YORK), HOUR, LONG_AGO)).isFalse();
        assertThat(SlotFinder.offers(calendar, at("2026-12-07T10:30", NEW_YORK), HOUR, LONG_AGO)).isFalse();
    }

    @Test
    void aFreeProviderIsOpenForTheWholeVisitWhateverTheInterval() {
        ProviderCalendar calendar = calendar(List.of(once("2026-12-07", "09:00", "11:00", NEW_YORK)),
                List.of(new BusyPeriod(at("2026-12-07T10:00", NEW_YORK), at("2026-12-07T10:15", NEW_YORK))),
                BookingRules.DEFAULTS);
        Duration quarter = Duration.ofMinutes(15);
        assertThat(SlotFinder.isFree(calendar, at("2026-12-07T09:10", NEW_YORK), quarter)).isTrue();
        assertThat(SlotFinder.isFree(calendar, at("2026-12-07T09:50", NEW_YORK), quarter)).isFalse();
        assertThat(SlotFinder.isFree(calendar, at("2026-12-07T10:50", NEW_YORK), quarter)).isFalse();
        assertThat(SlotFinder.isFree(calendar, at("2026-12-07T08:50", NEW_YORK), quarter)).isFalse();
    }

    @Test
    void severalProvidersAreListedByTimeThenProvider() {
        ProviderCalendar first = new ProviderCalendar(2, List.of(once("2026-12-07", "10:00", "11:00", NEW_YORK)),
                List.of(), BookingRules.DEFAULTS);
        ProviderCalendar second = new ProviderCalendar(1, List.of(once("2026-12-07", "10:00", "11:00", NEW_YORK)),
                List.of(), BookingRules.DEFAULTS);
        List<Slot> slots = SlotFinder.slots(List.of(first, second), new Search(at("2026-12-07T00:00", NEW_YORK),
                at("2026-12-08T00:00", NEW_YORK), HOUR, LONG_AGO));
        assertThat(slots).extracting(Slot::providerId).containsExactly(1L, 2L);
    }

    @Test
    void busyPeriodsMergeWhenTheyTouchOrOverlap() {
        Instant nine = Instant.parse("2026-12-07T09:00:00Z");
        List<BusyPeriod> merged = SlotFinder.widenedAndMerged(List.of(
                new BusyPeriod(nine.plusSeconds(3600), nine.plusSeconds(5400)),
                new BusyPeriod(nine, nine.plusSeconds(3600)),
                new BusyPeriod(nine.plusSeconds(7200), nine.plusSeconds(9000))), Duration.ZERO);
        assertThat(merged).containsExactly(new BusyPeriod(nine, nine.plusSeconds(5400)),
                new BusyPeriod(nine.plusSeconds(7200), nine.plusSeconds(9000)));
        assertThat(SlotFinder.isClear(merged, nine.plusSeconds(5400), nine.plusSeconds(7200))).isTrue();
        assertThat(SlotFinder.isClear(merged, nine.plusSeconds(5399), nine.plusSeconds(7200))).isFalse();
    }
}
