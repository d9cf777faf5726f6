package org.caregate.web.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.caregate.scheduling.api.StartTime;
import org.junit.jupiter.api.Test;

class HealthieTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void readsTheSlotDatesItWritesAndTheOtherUsualForms() {
        Instant ten = Instant.parse("2021-10-10T14:00:00Z");
        assertThat(in(HealthieTimes.start("2021-10-10 10:00:00 EDT -04:00"), UTC)).contains(ten);
        assertThat(in(HealthieTimes.start("2021-10-10T10:00:00-04:00"), UTC)).contains(ten);
        assertThat(in(HealthieTimes.start("2021-10-10 14:00:00 UTC"), NEW_YORK)).contains(ten);
        assertThat(in(HealthieTimes.start("2021-10-10 10:00:00"), NEW_YORK)).contains(ten);
        assertThat(in(HealthieTimes.start("2021-10-10 10:00"), NEW_YORK)).contains(ten);
        assertThat(in(HealthieTimes.start("2021-10-10 10:00:00 -0400"), UTC)).contains(ten);
        assertThat(HealthieTimes.start("tomorrow at ten")).isEmpty();
        assertThat(HealthieTimes.start("2021-13-10 10:00:00")).isEmpty();
    }

    @Test
    void readsCalendarDatesAndTimesOfDay() {
        assertThat(HealthieTimes.date("July 11, 2024")).contains(LocalDate.of(2024, 7, 11));
        assertThat(HealthieTimes.date("Jul 11, 2024")).contains(LocalDate.of(2024, 7, 11));
        assertThat(HealthieTimes.date("2024-07-11")).contains(LocalDate.of(2024, 7, 11));
        assertThat(HealthieTimes.date("11/07/2024")).isEmpty();
        assertThat(HealthieTimes.timeOfDay("07 30")).contains(LocalTime.of(7, 30));
        assertThat(HealthieTimes.timeOfDay("19:00")).contains(LocalTime.of(19, 0));
        assertThat(HealthieTimes.timeOfDay("12 60")).isEmpty();
        assertThat(HealthieTimes.timeOfDay("7:30")).contains(LocalTime.of(7, 30));
        assertThat(HealthieTimes.timeOfDay("24 00")).contains(LocalTime.of(23, 59, 59));
        assertThat(HealthieTimes.timeOfDay("25 00")).isEmpty();
        assertThat(HealthieTimes.timeOfDay("0730")).isEmpty();
    }

    private static Optional<Instant> in(Optional<StartTime> start, ZoneId zone) {
        return start.map(s -> s.in(zone));
    }
}
