package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Solo's visit lifecycle: forward only, final states final, and the outcome kept where Healthie reads it. */
class VisitStateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    private static Appointment visit() {
        return Appointment.book(new Appointment.Booking(1, 7L, 9L, null, null, ContactType.VIDEO_CHAT, NOW,
                Duration.ofMinutes(30), ZoneId.of("UTC"), false, false, null, null, 7L, Set.of(), Set.of()), NOW);
    }

    @Test
    void everySeedNameIsKnownInLifecycleOrder() {
        assertThat(VisitState.names()).containsExactly("scheduled", "arrived", "in progress.intake.ready",
                "in progress.intake.progress", "in progress.exam.ready", "in progress.exam.progress",
                "discharge.ready", "discharge.progress", "completed", "sign off", "cancelled", "not showed up");
        assertThat(VisitState.named("Completed")).isEmpty();
        assertThat(VisitState.named("LWBS")).isEmpty();
    }

    @Test
    void progressRunsForwardAndMaySkipButNeverGoesBack() {
        assertThat(VisitState.SCHEDULED.canMoveTo(VisitState.ARRIVED)).isTrue();
        assertThat(VisitState.ARRIVED.canMoveTo(VisitState.EXAM_READY)).isTrue();
        assertThat(VisitState.EXAM_PROGRESS.canMoveTo(VisitState.DISCHARGE_READY)).isTrue();
        assertThat(VisitState.DISCHARGE_PROGRESS.canMoveTo(VisitState.COMPLETED)).isTrue();
        assertThat(VisitState.COMPLETED.canMoveTo(VisitState.SIGN_OFF)).isTrue();
        assertThat(VisitState.EXAM_READY.canMoveTo(VisitState.INTAKE_PROGRESS)).isFalse();
        assertThat(VisitState.ARRIVED.canMoveTo(VisitState.SCHEDULED)).isFalse();
        assertThat(VisitState.COMPLETED.canMoveTo(VisitState.DISCHARGE_PROGRESS)).isFalse();
        assertThat(VisitState.ARRIVED.canMoveTo(VisitState.SIGN_OFF)).isFalse();
    }

    @Test
    void cancelledBeforeTheVisitNoShowBeforeArrivalAndFinalStatesStayFinal() {
        assertThat(VisitState.ARRIVED.canMoveTo(VisitState.CANCELLED)).isTrue();
        assertThat(VisitState.INTAKE_READY.canMoveTo(VisitState.CANCELLED)).isFalse();
        assertThat(VisitState.SCHEDULED.canMoveTo(VisitState.NOT_SHOWED_UP)).isTrue();
        assertThat(VisitState.ARRIVED.canMoveTo(VisitState.NOT_SHOWED_UP)).isFalse();
        for (VisitState last : new VisitState[] {VisitState.SIGN_OFF, VisitState.CANCELLED, VisitState.NOT_SHOWED_UP}) {
            for (VisitState next : VisitState.values()) {
                assertThat(last.canMoveTo(next)).as(last + " → " + next).isEqualTo(next == last);
            }
        }
    }

    @Test
    void anAppointmentMovesAlongAndRecordsCompletedAsItsOutcome() {
        Appointment appointment = visit();
        assertThat(appointment.visitState()).isEqualTo(VisitState.SCHEDULED);
        assertThat(appointment.recordArrival(NOW)).isTrue();
        assertThat(appointment.recordArrival(NOW)).isFalse();
        assertThat(appointment.visitState()).isEqualTo(VisitState.ARRIVED);
        assertThat(appointment.moveTo(VisitState.EXAM_PROGRESS, "status", NOW)).isTrue();
        assertThat(appointment.moveTo(VisitState.EXAM_PROGRESS, "status", NOW)).isFalse();
        assertThat(appointment.moveTo(VisitState.COMPLETED, "status", NOW)).isTrue();
        assertThat(appointment.pmStatus()).isEqualTo("Occurred");
        assertThat(appointment.moveTo(VisitState.SIGN_OFF, "status", NOW)).isTrue();
        assertThat(appointment.visitState()).isEqualTo(VisitState.SIGN_OFF);
        assertThat(appointment.pmStatus()).isEqualTo("Occurred");
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Appointment appointment = visit();
        appointment.moveTo(VisitState.DISCHARGE_READY, "status", NOW);
        assertThatThrownBy(() -> appointment.moveTo(VisitState.INTAKE_READY, "status", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("status: cannot change from \"discharge.ready\" to \"in progress.intake.ready\"");
        assertThatThrownBy(() -> appointment.moveTo(VisitState.NOT_SHOWED_UP, "status", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(appointment.visitState()).isEqualTo(VisitState.DISCHARGE_READY);
        assertThat(appointment.pmStatus()).isNull();
    }

    @Test
    void healthiesOutcomeWinsOverTheInVisitState() {
        Appointment appointment = visit();
        appointment.moveTo(VisitState.ARRIVED, "status", NOW);
        appointment.recordOutcome(PostMeetingStatus.NO_SHOW, "pm_status", NOW);
        assertThat(appointment.visitState()).isEqualTo(VisitState.NOT_SHOWED_UP);
        appointment.recordOutcome(null, "pm_status", NOW);
        assertThat(appointment.visitState()).isEqualTo(VisitState.ARRIVED);
    }
}
