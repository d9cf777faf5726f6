package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.caregate.scheduling.api.AppointmentSettingView;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.PostMeetingStatus;
import org.junit.jupiter.api.Test;

class SchedulingViewsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void theSoloStatusFollowsTheRecordedOutcome() {
        assertThat(SchedulingViews.soloStatus(booked())).isEqualTo("scheduled");
        assertThat(SchedulingViews.soloStatus(with(PostMeetingStatus.OCCURRED))).isEqualTo("completed");
        assertThat(SchedulingViews.soloStatus(with(PostMeetingStatus.NO_SHOW))).isEqualTo("not showed up");
        assertThat(SchedulingViews.soloStatus(with(PostMeetingStatus.RE_SCHEDULED))).isEqualTo("cancelled");
        Appointment cancelled = booked();
        cancelled.cancel("pm_status", NOW);
        assertThat(SchedulingViews.soloStatus(cancelled)).isEqualTo("cancelled");
    }

    @Test
    void theDefaultsOfAProviderWithoutRulesHaveNoId() {
        // issue 11, finding 9: appointmentSetting without arguments, for such a provider, was a null pointer
        AppointmentSettingView defaults = SchedulingViews.of(AppointmentSetting.ofProvider(1, 7L, BookingRules.DEFAULTS, NOW));
        assertThat(defaults.id()).isNull();
        assertThat(defaults.providerId()).isEqualTo(7L);
    }

    private static Appointment with(PostMeetingStatus outcome) {
        Appointment appointment = booked();
        appointment.recordOutcome(outcome, "pm_status", NOW);
        return appointment;
    }

    private static Appointment booked() {
        return Appointment.book(new Appointment.Booking(1, 7L, 9L, 3L, null, ContactType.PHONE_CALL, NOW,
                Duration.ofMinutes(30), ZoneId.of("UTC"), false, false, null, null, 7L, Set.of(), Set.of()), NOW);
    }
}
