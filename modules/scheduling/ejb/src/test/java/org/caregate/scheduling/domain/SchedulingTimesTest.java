package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchedulingTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void formatsSlotDatesAsTheSeedShows() {
        assertThat(SchedulingTimes.slotDate(Instant.parse("2021-10-10T14:00:00Z"), NEW_YORK))
                .isEqualTo("2021-10-10 10:00:00 EDT -04:00");
        assertThat(SchedulingTimes.slotDate(Instant.parse("2021-12-10T15:00:00Z"), NEW_YORK))
                .isEqualTo("2021-12-10 10:00:00 EST -05:00");
    }

    @Test
    void formatsAppointmentDatesInUtc() {
        assertThat(SchedulingTimes.appointmentDate(Instant.parse("2020-05-08T21:00:00Z")))
                .isEqualTo("2020-05-08 21:00:00 UTC");
    }

    @Test
    void writesDurationsAsHealthieDoes() {
        assertThat(SchedulingTimes.durationString(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(SchedulingTimes.durationString(Duration.ofMinutes(30))).isEqualTo("30m");
        assertThat(SchedulingTimes.durationString(Duration.ofMinutes(90))).isEqualTo("1h 30m");
    }

    @Test
    void namesBookingWarningTimesInTheAskedZone() {
        assertThat(SchedulingTimes.warningTime(Instant.parse("2024-07-11T16:00:00Z"), NEW_YORK))
                .isEqualTo("Jul 11, 12:00 PM EDT");
    }
}
