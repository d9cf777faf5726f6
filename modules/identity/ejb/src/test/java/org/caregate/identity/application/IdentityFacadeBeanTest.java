package org.caregate.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.caregate.identity.api.ClientChanges;
import org.caregate.identity.api.NewClient;
import org.caregate.identity.api.SignUp;
import org.caregate.identity.api.UserView;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityFacadeBeanTest {

    private static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final IdentityFacadeBean facade = new IdentityFacadeBean();
    private User provider;
    private Caller providerCaller;

    @BeforeEach
    void organizationWithAProvider() {
        facade.users = store.users;
        facade.groups = store.groups;
        facade.audit = store.auditTrail;
        facade.events = store.events;
        facade.passwords = store.passwordChanges();
        provider = store.users.add(User.enrolMember(1, Role.PROVIDER, new PersonName("Paula", "Provider"), "paula@clinic.org", NOW));
        store.users.addMembership(Membership.of(provider, NOW));
        providerCaller = store.callerFor(provider);
    }

    private static NewClient client(String first, String last, String email) {
        return new NewClient(first, last, email, null, null, null, null, null, null, null, null, null, null);
    }

    private static ClientChanges changes(String id, String firstName, Boolean active, Boolean resendWelcome) {
        return new ClientChanges(id, null, firstName, null, null, null, null, null, null, null, null, active, null,
                null, null, null, null, resendWelcome, null, null, null);
    }

    @Test
    void aProviderAddsAPatientWhoIsTheirsByDefaultAndTheChangeIsAudited() {
        UserView patient = facade.createClient(providerCaller, client("Jonas", "Salk", "jonas@example.com"));
        assertThat(patient.isPatient()).isTrue();
        assertThat(patient.dietitianId()).isEqualTo(provider.id());
        assertThat(store.audit).containsExactly("patient.created patient " + patient.id(),
                "user.welcomed user " + patient.id());
    }

    @Test
    void onlyMembersAddPatients() {
        assertThatThrownBy(() -> facade.createClient(Caller.anonymous("r", null), client("A", "B", "a@b.co")))
                .isInstanceOf(UnauthenticatedException.class);
        User patient = store.users.add(User.registerPatient(1, new PersonName("Pat", "Ient"), provider.id(), NOW));
        assertThatThrownBy(() -> facade.createClient(store.callerFor(patient), client("A", "B", "a@b.co")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(store.audit).isEmpty();
    }

    @Test
    void aPatientsTextAndBirthAreHeldToTheLimitsBeforeAnythingIsStored() {
        // issue 11, finding 9: a gender or record identifier over 255 characters was checked after the request had
        // passed, so the problem was never heard and the text stored; a birth in 2999 was stored too
        NewClient hostile = new NewClient("A", "B", "a@b.co", null, null, null, null, null, null,
                java.time.LocalDate.of(2999, 1, 1), "g".repeat(256), null, "r".repeat(256));
        assertThatThrownBy(() -> facade.createClient(providerCaller, hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("dob", "gender", "record_identifier"));
        assertThat(store.users.byId.values()).noneMatch(User::isPatient);
    }

    @Test
    void anUnknownGroupOrProviderRefusesTheWholeRequest() {
        NewClient withBadGroup = new NewClient("A", "B", "a@b.co", null, null, "999", "42", null, null, null, null, null, null);
        assertThatThrownBy(() -> facade.createClient(providerCaller, withBadGroup))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("dietitian_id", "user_group_id"));
        assertThat(store.users.byId.values()).noneMatch(User::isPatient);
    }

    @Test
    void aPatientCanJoinAGroupOfTheirOrganizationOnly() {
        UserGroup mine = store.groups.add(UserGroup.form(1, "Mine", NOW));
        UserGroup theirs = store.groups.add(UserGroup.form(2, "Theirs", NOW));
        NewClient intoMine = new NewClient("A", "B", "a@b.co", null, null, null, mine.id().toString(), null, null, null, null, null, null);
        assertThat(facade.createClient(providerCaller, intoMine).userGroupId()).isEqualTo(mine.id());
        NewClient intoTheirs = new NewClient("C", "D", "c@d.co", null, null, null, theirs.id().toString(), null, null, null, null, null, null);
        assertThatThrownBy(() -> facade.createClient(providerCaller, intoTheirs)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWelcomeTakesPrecedenceAndNothingElseChanges() {
        UserView patient = facade.createClient(providerCaller, client("Jonas", "Salk", "jonas@example.com"));
        assertThat(store.audit).last().isEqualTo("user.welcomed user " + patient.id());
        UserView welcomed = facade.updateClient(providerCaller, changes(Long.toString(patient.id()), "Changed", null, true));
        assertThat(welcomed.firstName()).isEqualTo("Jonas");
        assertThat(store.users.byId.get(patient.id()).firstName()).isEqualTo("Jonas");
        assertThat(store.audit).last().isEqualTo("user.welcomed user " + patient.id());
        assertThat(store.audit).filteredOn(a -> a.startsWith("user.welcomed")).hasSize(2);
    }

    @Test
    void aClientAddedWithDontSendWelcomeOrWithoutEmailIsNotWelcomed() {
        facade.createClient(providerCaller, new NewClient("A", "B", "a@b.co", null, null, null, null, true, null, null,
                null, null, null));
        facade.createClient(providerCaller, new NewClient("C", "D", null, true, null, null, null, null, null, null,
                null, null, null));
        assertThat(store.audit).noneMatch(a -> a.startsWith("user.welcomed"));
    }

    @Test
    void archivingIsAuditedAsSuch() {
        UserView patient = facade.createClient(providerCaller, client("Jonas", "Salk", "jonas@example.com"));
        UserView archived = facade.updateClient(providerCaller, changes(Long.toString(patient.id()), null, false, null));
        assertThat(archived.active()).isFalse();
        assertThat(store.audit).last().isEqualTo("patient.archived patient " + patient.id());
    }

    @Test
    void bulkUpdatesChangeNothingWhenOneClientIsUnknown() {
        UserView patient = facade.createClient(providerCaller, client("Jonas", "Salk", "jonas@example.com"));
        assertThatThrownBy(() -> facade.bulkUpdateClients(providerCaller, List.of(Long.toString(patient.id()), "999"), null, false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.users.byId.get(patient.id()).active()).isTrue();
    }

    @Test
    void aPatientSeesAndChangesOnlyThemselves() {
        UserView me = facade.createClient(providerCaller, client("Me", "Myself", "me@example.com"));
        UserView other = facade.createClient(providerCaller, client("Some", "One", "one@example.com"));
        Caller patient = store.callerFor(store.users.byId.get(me.id()));
        assertThat(facade.user(patient, null, true).id()).isEqualTo(me.id());
        assertThatThrownBy(() -> facade.user(patient, Long.toString(other.id()), false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.updateUser(patient, changes(Long.toString(other.id()), "X", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.updateUser(patient, changes(null, null, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("active_status"));
    }

    @Test
    void anotherOrganizationsUsersAreNotFound() {
        User elsewhere = store.users.add(User.registerPatient(2, new PersonName("Far", "Away"), null, NOW));
        assertThatThrownBy(() -> facade.user(providerCaller, elsewhere.id().toString(), false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.updateClient(providerCaller, changes(elsewhere.id().toString(), "X", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void signingUpNeedsThePatientRoleAStrongPasswordAndAProviderOrInvite() {
        SignUp asProvider = new SignUp("Ada", "Lovelace", "ada@example.com", "correct horse battery staple 42!", null, null,
                "provider", provider.id().toString(), null);
        assertThatThrownBy(() -> facade.signUp(Caller.anonymous("r", null), asProvider))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("role"));
        SignUp weak = new SignUp("Ada", "Lovelace", "ada@example.com", "lovelace1", null, null, "patient", null, null);
        assertThatThrownBy(() -> facade.signUp(Caller.anonymous("r", null), weak))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("password", "dietitian_id"));

        UserView ada = facade.signUp(Caller.anonymous("r", null), new SignUp("Ada", "Lovelace", "ada@example.com",
                "correct horse battery staple 42!", null, null, "patient", provider.id().toString(), "Europe/London"));
        assertThat(ada.organizationId()).isEqualTo(1);
        assertThat(ada.timezone()).isEqualTo("Europe/London");
        assertThat(store.users.byId.get(ada.id()).passwordHash()).startsWith("pbkdf2-sha256$");
        assertThat(store.audit).last().isEqualTo("patient.signed_up patient " + ada.id());
    }
}
