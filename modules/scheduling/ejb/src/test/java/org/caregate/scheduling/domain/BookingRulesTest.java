package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static BookingRules rules(boolean mayCancel, boolean mayReschedule, boolean past, int advanceMinutes) {
        return new BookingRules(0, 30, 0, advanceMinutes, advanceMinutes, mayCancel, mayReschedule, past, false, false,
                "Call us to cancel", "Call us to move it");
    }

    @Test
    void patientsMayCancelAndRescheduleUntilTheMinimumAdvanceTime() {
        BookingRules dayAhead = rules(true, true, false, 24 * 60);
        assertThat(dayAhead.refusalToCancel(NOW.plusSeconds(25 * 3600), NOW)).isNull();
        assertThat(dayAhead.refusalToCancel(NOW.plusSeconds(23 * 3600), NOW)).isEqualTo("Call us to cancel");
        assertThat(dayAhead.refusalToReschedule(NOW.plusSeconds(25 * 3600), NOW)).isNull();
        assertThat(dayAhead.refusalToReschedule(NOW.plusSeconds(23 * 3600), NOW)).isEqualTo("Call us to move it");
    }

    @Test
    void settingsCanForbidCancellingAndRescheduling() {
        BookingRules closed = rules(false, false, false, 0);
        assertThat(closed.refusalToCancel(NOW.plusSeconds(86_400 * 30), NOW)).isEqualTo("Call us to cancel");
        assertThat(closed.refusalToReschedule(NOW.plusSeconds(86_400 * 30), NOW)).isEqualTo("Call us to move it");
    }

    @Test
    void pastAppointmentsAreReschedulableOnlyWhenAllowed() {
        assertThat(rules(true, true, false, 0).refusalToReschedule(NOW.minusSeconds(3600), NOW)).isNotNull();
        assertThat(rules(true, true, true, 0).refusalToReschedule(NOW.minusSeconds(3600), NOW)).isNull();
    }

    @Test
    void defaultsMatchHealthie() {
        assertThat(BookingRules.DEFAULTS.calendarIntervalMinutes()).isEqualTo(30);
        assertThat(BookingRules.DEFAULTS.refusalToCancel(NOW.plusSeconds(60), NOW)).isNull();
        assertThat(BookingRules.DEFAULTS.cantCancelMessage()).isEqualTo("Please contact provider to cancel");
    }
}
