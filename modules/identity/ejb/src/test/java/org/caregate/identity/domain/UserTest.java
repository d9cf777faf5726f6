package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.kernel.Role;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");

    @Test
    void aPatientIsArchivedAndReactivatedNeverDeleted() {
        User patient = User.registerPatient(1, new PersonName(" Jonas ", "Salk"), 7L, T0);
        assertThat(patient.isPatient()).isTrue();
        assertThat(patient.firstName()).isEqualTo("Jonas");
        assertThat(patient.dietitianId()).isEqualTo(7L);
        patient.archive(T1);
        assertThat(patient.active()).isFalse();
        assertThat(patient.updatedAt()).isEqualTo(T1);
        patient.reactivate(T1);
        assertThat(patient.active()).isTrue();
    }

    @Test
    void skippingTheEmailIsRecorded() {
        User patient = User.registerPatient(1, new PersonName("No", "Mail"), null, T0);
        patient.changeEmail(null, T0);
        assertThat(patient.skippedEmail()).isTrue();
        patient.changeEmail("a@b.co", T1);
        assertThat(patient.skippedEmail()).isFalse();
    }

    @Test
    void membersAreProvidersOrStaff() {
        assertThat(User.enrolMember(1, Role.STAFF, new PersonName("S", "Taff"), "s@x.co", T0).isPatient()).isFalse();
        assertThatThrownBy(() -> User.enrolMember(1, Role.PATIENT, new PersonName("P", "At"), "p@x.co", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName("", "x")).hasMessageContaining("first name");
    }
}
