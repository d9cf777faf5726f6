package org.caregate.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentTypeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void everyPatientMayBookUnlessGroupsAreSpecific() {
        AppointmentType type = AppointmentType.offer(1, "Intake", 60, NOW);
        assertThat(type.admitsPatientOfGroup(null)).isTrue();
        assertThat(type.admitsPatientOfGroup(5L)).isTrue();
    }

    @Test
    void specificGroupsAdmitTheirMembersAndWithoutGroupOnlyUngroupedPatients() {
        AppointmentType type = AppointmentType.offer(1, "Group class", 60, NOW);
        type.restrictToGroups(true, "1, 2", false, NOW);
        assertThat(type.admitsPatientOfGroup(2L)).isTrue();
        assertThat(type.admitsPatientOfGroup(3L)).isFalse();
        assertThat(type.admitsPatientOfGroup(null)).isFalse();
        type.restrictToGroups(true, "all", true, NOW);
        assertThat(type.admitsPatientOfGroup(3L)).isTrue();
        assertThat(type.admitsPatientOfGroup(null)).isTrue();
    }

    @Test
    void contactTypesAreNamedByKeyOrLabel() {
        AppointmentType type = AppointmentType.offer(1, "Intake", 60, NOW);
        type.offerContactTypes(List.of(ContactType.VIDEO_CHAT), NOW);
        assertThat(type.offers(ContactType.named("Healthie Video Call").orElseThrow())).isTrue();
        assertThat(type.offers(ContactType.named("in_person").orElseThrow())).isFalse();
        assertThat(ContactType.named("Secure Videochat")).contains(ContactType.VIDEO_CHAT);
        assertThat(ContactType.named("carrier pigeon")).isEmpty();
    }

    @Test
    void anAppointmentHoldsItsTimeOnlyWhileActive() {
        Appointment appointment = Appointment.book(new Appointment.Booking(1, 7L, 9L, 3L, null, ContactType.PHONE_CALL,
                NOW, java.time.Duration.ofMinutes(30), java.time.ZoneId.of("UTC"), false, false, null, null, 7L,
                java.util.Set.of(), java.util.Set.of()), NOW);
        assertThat(appointment.isActive()).isTrue();
        assertThat(appointment.outcome()).isEmpty();
        appointment.recordOutcome(PostMeetingStatus.OCCURRED, "pm_status", NOW);
        assertThat(appointment.isActive()).isTrue();
        assertThat(appointment.outcome()).contains(PostMeetingStatus.OCCURRED);
        appointment.recordOutcome(PostMeetingStatus.NO_SHOW, "pm_status", NOW);
        assertThat(appointment.isActive()).isFalse();
        assertThat(appointment.outcome()).contains(PostMeetingStatus.NO_SHOW);
        appointment.cancel("pm_status", NOW);
        assertThat(appointment.outcome()).contains(PostMeetingStatus.CANCELLED);
        assertThat(appointment.involves(9)).isTrue();
        assertThat(appointment.involves(8)).isFalse();
    }
}
