package org.caregate.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.caregate.identity.api.ClientChanges;
import org.caregate.identity.api.MemberChanges;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeySecret;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Passwords;
import org.caregate.identity.domain.PasswordsTest;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 3, its second part: a patient changed their password without the current one, a change left
 * every session open, patients minted keys that never expired, and nobody could sign out.
 */
class PasswordChangesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String OLD = "the old password that was fine 1";
    private static final String NEW = "a brand new and better password 2";

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final IdentityFacadeBean identity = new IdentityFacadeBean();
    private final MembershipFacadeBean memberships = new MembershipFacadeBean();
    private final AccessFacadeBean access = new AccessFacadeBean();
    private User patient;
    private User owner;

    @BeforeEach
    void accounts() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        identity.users = store.users;
        identity.groups = store.groups;
        identity.audit = store.auditTrail;
        identity.events = store.events;
        identity.passwords = store.passwordChanges();
        identity.clock = clock;
        memberships.users = store.users;
        memberships.keys = store.keys;
        memberships.audit = store.auditTrail;
        memberships.passwords = store.passwordChanges();
        memberships.clock = clock;
        access.users = store.users;
        access.keys = store.keys;
        access.limits = new AccessLimits();
        access.passwords = store.passwordChanges();
        access.audit = store.auditTrail;
        access.clock = clock;
        patient = store.users.add(User.registerPatient(1, new PersonName("Pat", "Ient"), null, NOW));
        patient.changeEmail("pat@example.org", NOW);
        patient.changePassword(Passwords.hash(OLD), NOW);
        owner = store.users.add(User.enrolMember(1, Role.PROVIDER, new PersonName("Olivia", "Owner"), "owner@clinic.org", NOW));
        owner.changePassword(Passwords.hash(OLD), NOW);
        store.users.addMembership(Membership.ownerOf(owner, NOW));
    }

    @Test
    void aUserChangingTheirOwnPasswordSendsTheCurrentOne() {
        Caller phone = signedIn("pat@example.org");
        assertThatThrownBy(() -> identity.updateUser(phone, ownPassword(NEW, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("current_password"))
                .hasMessageContaining("is required");
        assertThatThrownBy(() -> identity.updateUser(phone, ownPassword(NEW, "not it at all, sorry 3")))
                .hasMessageContaining("is not your current password");
        assertThat(Passwords.matches(OLD, patient.passwordHash())).isTrue();

        identity.updateUser(phone, ownPassword(NEW, OLD));
        assertThat(Passwords.matches(NEW, patient.passwordHash())).isTrue();
    }

    @Test
    void aPatientsNewPasswordEndsTheirOtherSessionsAndKeysButNotTheSessionInUse() {
        Caller phone = signedIn("pat@example.org");
        String laptop = access.signIn(anonymous(), "pat@example.org", OLD).token();
        String key = access.createApiKey(phone, "diary app", patient.id().toString(), OLD).secret();

        identity.updateUser(phone, ownPassword(NEW, OLD));

        assertThat(access.authenticate(tokenOf(phone), "r", "ip").userId()).isEqualTo(patient.id());
        assertThatThrownBy(() -> access.authenticate(laptop, "r", "ip")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> access.authenticate(key, "r", "ip")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aMembersNewPasswordEndsTheirSessionsButLeavesTheirIntegrationsKeys() {
        Caller desk = signedIn("owner@clinic.org");
        String laptop = access.signIn(anonymous(), "owner@clinic.org", OLD).token();
        String integration = access.createApiKey(desk, "EHR bridge", owner.id().toString(), OLD).secret();

        assertThatThrownBy(() -> memberships.updateMembership(desk, memberPassword(NEW, null)))
                .hasMessageContaining("current_password");
        memberships.updateMembership(desk, memberPassword(NEW, OLD));

        assertThatThrownBy(() -> access.authenticate(laptop, "r", "ip")).isInstanceOf(UnauthenticatedException.class);
        assertThat(access.authenticate(integration, "r", "ip").userId()).isEqualTo(owner.id());
        assertThat(access.authenticate(tokenOf(desk), "r", "ip").userId()).isEqualTo(owner.id());
    }

    @Test
    void signingOutEndsTheSessionPresentedAndNoOther() {
        Caller phone = signedIn("pat@example.org");
        Caller laptop = signedIn("pat@example.org");

        access.signOut(phone);

        assertThatThrownBy(() -> access.authenticate(tokenOf(phone), "r", "ip")).isInstanceOf(UnauthenticatedException.class);
        assertThat(access.authenticate(tokenOf(laptop), "r", "ip").userId()).isEqualTo(patient.id());
        assertThat(store.audit).anyMatch(entry -> entry.startsWith("user.signed_out session"));
    }

    @Test
    void aSessionMintsAKeyOnlyWithTheCurrentPasswordAndGuessesCountAsSignIns() {
        Caller phone = signedIn("pat@example.org");
        assertThatThrownBy(() -> access.createApiKey(phone, "stolen", patient.id().toString(), null))
                .hasMessageContaining("current_password");
        assertThatThrownBy(() -> access.createApiKey(phone, "stolen", patient.id().toString(), "a wrong guess 99"))
                .hasMessageContaining("is not your current password");
        for (int i = 1; i < AccessLimits.SIGN_IN_ATTEMPTS_PER_MINUTE; i++) {
            store.limits.countSignIn("pat@example.org"); // the wrong guess above was the first
        }
        assertThatThrownBy(() -> identity.updateUser(phone, ownPassword(NEW, "another guess 98")))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(Passwords.matches(OLD, patient.passwordHash())).isTrue();
    }

    @Test
    void aSignInWhoseCheckRacedAPasswordChangeOpensNoSession() {
        store.users.changedMeanwhile = hash -> "pbkdf2-sha256$600000$changed$meanwhile";
        assertThatThrownBy(() -> access.signIn(anonymous(), "pat@example.org", OLD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Invalid email or password");
        assertThat(store.keys.byId).isEmpty();
    }

    @Test
    void anApiKeyIsNotEndedBySignOut() {
        String key = access.createApiKey(signedIn("pat@example.org"), "diary app", patient.id().toString(), OLD).secret();
        Caller withKey = access.authenticate(key, "r", "ip");
        assertThatThrownBy(() -> access.signOut(withKey)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("revokeApiKey");
        assertThat(access.authenticate(key, "r", "ip").userId()).isEqualTo(patient.id());
    }

    @Test
    void aPasswordHashedAtTheFormerCostIsHashedAgainAtTheNextSignIn() throws Exception {
        patient.changePassword(PasswordsTest.formerHash(OLD), NOW);
        signedIn("pat@example.org");
        assertThat(patient.passwordHash()).startsWith("pbkdf2-sha256$600000$");
        assertThat(Passwords.matches(OLD, patient.passwordHash())).isTrue();
    }

    @Test
    void aPatientsApiKeyExpiresAfterThirtyDaysAndAMembersLastsUntilRevoked() {
        ApiKey patients = ApiKey.issueFor(patient, "app", ApiKeySecret.generate(), NOW);
        assertThat(patients.admitsAt(NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(patients.admitsAt(NOW.plus(ApiKey.PATIENT_KEY_LIFETIME))).isFalse();
        ApiKey members = ApiKey.issueFor(owner, "EHR", ApiKeySecret.generate(), NOW);
        assertThat(members.admitsAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
    }

    private final java.util.Map<Long, String> tokens = new java.util.HashMap<>();

    private Caller signedIn(String email) {
        String token = access.signIn(anonymous(), email, OLD).token();
        Caller caller = access.authenticate(token, "r", "ip");
        tokens.put(caller.credentialId(), token);
        return caller;
    }

    private String tokenOf(Caller caller) {
        return tokens.get(caller.credentialId());
    }

    private static Caller anonymous() {
        return Caller.anonymous("r", "ip");
    }

    private static ClientChanges ownPassword(String password, String current) {
        return new ClientChanges(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, password, current, null, null, null, null);
    }

    private MemberChanges memberPassword(String password, String current) {
        return new MemberChanges(owner.id().toString(), null, null, null, password, current, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
