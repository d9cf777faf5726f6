package org.caregate.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.identity.api.IssuedApiKey;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.kernel.id.ApiKeyId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessFacadeBeanTest {

    private static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final AccessFacadeBean access = new AccessFacadeBean();
    private User owner;
    private User staff;

    @BeforeEach
    void organizationWithOwnerAndStaff() {
        access.keys = store.keys;
        access.users = store.users;
        access.limits = new AccessLimits();
        access.passwords = store.passwordChanges();
        access.audit = store.auditTrail;
        owner = store.users.add(User.enrolMember(1, Role.PROVIDER, new PersonName("Olivia", "Owner"), "owner@clinic.org", NOW));
        store.users.addMembership(Membership.ownerOf(owner, NOW));
        staff = store.users.add(User.enrolMember(1, Role.STAFF, new PersonName("Sam", "Staff"), "sam@clinic.org", NOW));
        store.users.addMembership(Membership.of(staff, NOW));
    }

    @Test
    void aKeyStandsForItsUserUntilRevoked() {
        IssuedApiKey issued = access.createApiKey(store.callerFor(staff), "ehr", staff.id().toString(), null);
        Caller caller = access.authenticate(issued.secret(), "r1", "10.0.0.1");
        assertThat(caller.userId()).isEqualTo(staff.id());
        assertThat(caller.role()).isEqualTo(Role.STAFF);
        assertThat(caller.clientAddress()).isEqualTo("10.0.0.1");

        access.revokeApiKey(caller, new ApiKeyId(issued.key().id()));
        assertThatThrownBy(() -> access.authenticate(issued.secret(), "r2", null)).isInstanceOf(UnauthenticatedException.class);
        assertThat(store.audit).containsExactly("api_key.created api_key " + issued.key().id(),
                "api_key.revoked api_key " + issued.key().id());
    }

    @Test
    void unknownKeysAndArchivedAccountsAreNotLetIn() {
        assertThatThrownBy(() -> access.authenticate("cg_unknown", "r", null)).isInstanceOf(UnauthenticatedException.class);
        IssuedApiKey issued = access.createApiKey(store.callerFor(staff), null, staff.id().toString(), null);
        staff.archive(NOW);
        assertThatThrownBy(() -> access.authenticate(issued.secret(), "r", null)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void onlyAdminsCreateKeysForOthers() {
        assertThatThrownBy(() -> access.createApiKey(store.callerFor(staff), null, owner.id().toString(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(access.createApiKey(store.callerFor(owner), null, staff.id().toString(), null).secret()).startsWith("cg_");
        assertThatThrownBy(() -> access.createApiKey(store.callerFor(owner), null, null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void signingInNeedsTheRightPasswordAndOpensASession() {
        staff.changePassword(org.caregate.identity.domain.Passwords.hash("correct horse battery staple 42!"), NOW);
        assertThatThrownBy(() -> access.signIn(Caller.anonymous("r", null), "sam@clinic.org", "wrong password here"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo("Invalid email or password"));
        String token = access.signIn(Caller.anonymous("r", null), "SAM@clinic.org", "correct horse battery staple 42!").token();
        assertThat(access.authenticate(token, "r", null).userId()).isEqualTo(staff.id());
    }
}
