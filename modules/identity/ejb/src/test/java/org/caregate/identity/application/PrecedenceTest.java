package org.caregate.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.identity.api.ClientChanges;
import org.caregate.identity.api.MemberChanges;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 3: a member given only can_edit_members made itself an admin and minted an API key for the owner.
 * Nobody grants what they do not hold, and nobody acts on a member who ranks above them.
 */
class PrecedenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final MembershipFacadeBean memberships = new MembershipFacadeBean();
    private final AccessFacadeBean access = new AccessFacadeBean();
    private final IdentityFacadeBean identity = new IdentityFacadeBean();
    private User owner;
    private User editor;
    private User colleague;

    @BeforeEach
    void organization() {
        memberships.users = store.users;
        memberships.audit = store.auditTrail;
        memberships.passwords = store.passwordChanges();
        identity.users = store.users;
        identity.groups = store.groups;
        identity.audit = store.auditTrail;
        identity.events = store.events;
        identity.passwords = store.passwordChanges();
        access.users = store.users;
        access.keys = store.keys;
        access.limits = new AccessLimits();
        access.passwords = store.passwordChanges();
        access.audit = store.auditTrail;
        owner = store.users.add(User.enrolMember(1, Role.PROVIDER, new PersonName("Olivia", "Owner"), "owner@clinic.org", NOW));
        store.users.addMembership(Membership.ownerOf(owner, NOW));
        editor = store.users.add(User.enrolMember(1, Role.STAFF, new PersonName("Ed", "Editor"), "ed@clinic.org", NOW));
        Membership editing = store.users.addMembership(Membership.of(editor, NOW));
        editing.grant(new Membership.Permissions(null, null, null, true, null, null));
        colleague = store.users.add(User.enrolMember(1, Role.STAFF, new PersonName("Cy", "Colleague"), "cy@clinic.org", NOW));
        store.users.addMembership(Membership.of(colleague, NOW));
    }

    @Test
    void aMemberWhoMayEditMembersCannotMakeAnyoneAnAdminNorGrantWhatItLacks() {
        assertThatThrownBy(() -> memberships.updateMembership(store.callerFor(editor), changes(editor, true, null, null)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("admin rights");
        MemberChanges developer = new MemberChanges(colleague.id().toString(), null, null, null, null, null, null, null,
                null, null, null, null, true, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> memberships.updateMembership(store.callerFor(editor), developer))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("is_developer");
        assertThat(store.users.membershipOf(editor.id()).orElseThrow().isAdmin()).isFalse();
        assertThat(store.users.membershipOf(colleague.id()).orElseThrow().isDeveloper()).isFalse();
    }

    @Test
    void aMemberWhoMayEditMembersCannotTouchTheOwnerNorMintTheOwnersKey() {
        assertThatThrownBy(() -> memberships.updateMembership(store.callerFor(editor),
                changes(owner, null, null, "a new and much longer password 42")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("more privileges");
        assertThatThrownBy(() -> access.createApiKey(store.callerFor(editor), "mine now", owner.id().toString(), null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("owner and admins");
        String ownersHash = owner.passwordHash();
        assertThatThrownBy(() -> identity.updateUser(store.callerFor(editor), new ClientChanges(owner.id().toString(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "a new and much longer password 42", null, null, null, null, null)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("more privileges");
        assertThat(owner.passwordHash()).isEqualTo(ownersHash);
    }

    @Test
    void aMemberWhoMayEditMembersSetsNoOtherMembersPasswordAndMintsNoKeyForThemWhateverTheirRank() {
        // a colleague of the same rank may hold permissions the editor lacks: its password or key would lend them
        assertThatThrownBy(() -> memberships.updateMembership(store.callerFor(editor),
                changes(colleague, null, null, "a new and much longer password 42")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("owner and admins");
        assertThatThrownBy(() -> access.createApiKey(store.callerFor(editor), "theirs", colleague.id().toString(),
                null)).isInstanceOf(ForbiddenException.class).hasMessageContaining("owner and admins");
        memberships.updateMembership(store.callerFor(owner), changes(colleague, null, null,
                "a new and much longer password 42"));
        assertThat(access.createApiKey(store.callerFor(owner), "theirs", colleague.id().toString(), null).secret())
                .startsWith("cg_");
    }

    @Test
    void whatTheEditorHoldsItMayGrantAndTheOwnerMayGrantAnything() {
        memberships.updateMembership(store.callerFor(editor), new MemberChanges(colleague.id().toString(), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, true, null, null, null, null));
        assertThat(store.users.membershipOf(colleague.id()).orElseThrow().canEditMembers()).isTrue();
        memberships.updateMembership(store.callerFor(owner), changes(editor, true, true, null));
        assertThat(store.users.membershipOf(editor.id()).orElseThrow().isAdmin()).isTrue();
    }

    private static MemberChanges changes(User member, Boolean admin, Boolean calendar, String password) {
        return new MemberChanges(member.id().toString(), null, null, null, password, null, null, null, null, null, null, null,
                null, admin, null, null, calendar, null, null, null);
    }
}
