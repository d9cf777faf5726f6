package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Seed 000: once the provider has started the video session, the appointment can no longer be changed. */
class AppointmentSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String FROZEN = "The session has started and can no longer be changed";

    private static Appointment video() {
        return Appointment.book(new Appointment.Booking(1, 7L, 9L, null, null, ContactType.VIDEO_CHAT, NOW,
                Duration.ofMinutes(30), ZoneId.of("UTC"), false, false, null, null, 7L, Set.of(), Set.of()), NOW);
    }

    @Test
    void beforeTheSessionTheAppointmentMovesAndCancels() {
        Appointment appointment = video();
        appointment.reschedule(NOW.plusSeconds(3600), null, false, "datetime", NOW);
        assertThat(appointment.startsAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(appointment.length()).isEqualTo(Duration.ofMinutes(30));
        appointment.cancel("status", NOW);
        assertThat(appointment.isActive()).isFalse();
        assertThat(appointment.isSessionStarted()).isFalse();
    }

    @Test
    void aStartedSessionRefusesMovingCancellingAndDeletingOnTheFieldTheCallerNames() {
        Appointment appointment = video();
        appointment.recordSessionStarted(NOW);
        appointment.recordSessionStarted(NOW.plusSeconds(60));
        assertThat(appointment.sessionStartedAt()).as("the first start counts").isEqualTo(NOW);

        assertRefused(() -> appointment.reschedule(NOW.plusSeconds(3600), null, false, "datetime", NOW), "datetime");
        assertRefused(() -> appointment.cancel("uid", NOW), "uid");
        assertRefused(() -> appointment.delete("id", NOW), "id");
        assertRefused(() -> appointment.recordOutcome(PostMeetingStatus.RE_SCHEDULED, "pm_status", NOW), "pm_status");
        assertThat(appointment.startsAt()).isEqualTo(NOW);
        assertThat(appointment.isActive()).isTrue();
        assertThat(appointment.isDeleted()).isFalse();

        appointment.recordOutcome(PostMeetingStatus.OCCURRED, "pm_status", NOW);
        assertThat(appointment.pmStatus()).as("what became of it may still be recorded").isEqualTo("Occurred");
    }

    @Test
    void aThrownAwayRoomCancelsItsAppointmentEvenAfterTheSession() {
        Appointment appointment = video();
        appointment.recordSessionStarted(NOW);
        appointment.withdrawWithItsRoom(NOW);
        assertThat(appointment.pmStatus()).isEqualTo("Cancelled");
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.problems()).containsExactly(new FieldMessage(field, FROZEN)));
    }
}
