package org.caregate.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: {@code organization(email:)} told a patient whether an email was registered in their organization. A
 * patient finds the organization by the email of their care team or their own, never by another patient's.
 */
class OrganizationFacadeBeanTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final OrganizationFacadeBean organizations = new OrganizationFacadeBean();
    private User provider;
    private User patient;

    @BeforeEach
    void practice() {
        organizations.organizations = store.organizations;
        organizations.users = store.users;
        long clinic = store.organizations.add(Organization.found("Clinic", null, NOW)).id();
        provider = store.users.add(User.enrolMember(clinic, Role.PROVIDER, new PersonName("Pat", "Provider"),
                "provider@clinic.org", NOW));
        store.users.addMembership(Membership.of(provider, NOW));
        patient = patient(clinic, "me@example.org");
        patient(clinic, "neighbour@example.org");
    }

    private User patient(long organization, String email) {
        User user = User.registerPatient(organization, new PersonName("Pa", "Tient"), provider.id(), NOW);
        user.changeEmail(email, NOW);
        return store.users.add(user);
    }

    @Test
    void aPatientCannotLearnWhetherAnotherPatientsEmailIsRegistered() {
        assertThatThrownBy(() -> organizations.organization(store.callerFor(patient), null, null, null,
                "neighbour@example.org", null)).isInstanceOf(NotFoundException.class);
        assertThat(organizations.organization(store.callerFor(patient), null, null, null, "provider@clinic.org", null)
                .name()).isEqualTo("Clinic");
        assertThat(organizations.organization(store.callerFor(patient), null, null, null, "me@example.org", null)
                .name()).isEqualTo("Clinic");
        assertThat(organizations.organization(store.callerFor(provider), null, null, null, "neighbour@example.org",
                null).name()).isEqualTo("Clinic");
    }
}
