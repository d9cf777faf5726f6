package org.caregate.identity.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.MemberSearch;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.identity.domain.UserGroupRepository;
import org.caregate.identity.domain.UserRepository;
import org.caregate.identity.domain.UserSearch;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.event.EventPublisher;

/**
 * In-memory stand-ins for identity's repositories and the audit trail, enough for the use cases' rules; searches
 * are left to the integration tests against PostgreSQL.
 */
final class InMemoryIdentity {

    final Users users = new Users();
    final Groups groups = new Groups();
    final Keys keys = new Keys();
    final Organizations organizations = new Organizations();
    final List<String> audit = new ArrayList<>();
    final AuditTrail auditTrail = (caller, action, type, target) -> audit.add(action + " " + type + " " + target);
    /** Publishing an event audits it, as the platform's publisher does. */
    final EventPublisher events = (caller, event) -> auditTrail.record(caller, event.type().name(),
            event.resourceType(), event.resourceId());

    private long nextId = 1;

    <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Organizations implements OrganizationRepository {
        final Map<Long, Organization> byId = new LinkedHashMap<>();

        @Override
        public Organization add(Organization organization) {
            byId.put(withId(organization).id(), organization);
            return organization;
        }

        @Override
        public Optional<Organization> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean isEmpty() {
            return byId.isEmpty();
        }
    }

    final class Users implements UserRepository {
        final Map<Long, User> byId = new LinkedHashMap<>();
        final Map<Long, Membership> memberships = new LinkedHashMap<>();

        @Override
        public User add(User user) {
            byId.put(withId(user).id(), user);
            return user;
        }

        @Override
        public Optional<User> find(long organizationId, long userId) {
            return Optional.ofNullable(byId.get(userId)).filter(u -> u.organizationId() == organizationId);
        }

        @Override
        public Optional<User> findAnywhere(long userId) {
            return Optional.ofNullable(byId.get(userId));
        }

        /** What a concurrent request did to a password between its check and the lock (nothing by default). */
        java.util.function.UnaryOperator<String> changedMeanwhile = hash -> hash;

        @Override
        public Optional<String> passwordHashForUpdate(long userId) {
            return Optional.ofNullable(byId.get(userId)).map(User::passwordHash).map(changedMeanwhile);
        }

        @Override
        public void rehashPassword(long userId, String formerHash, String newHash) {
            User user = byId.get(userId);
            if (user != null && formerHash.equals(user.passwordHash())) {
                user.changePassword(newHash, user.updatedAt());
            }
        }

        @Override
        public Optional<User> findForUpdate(long organizationId, long userId) {
            return find(organizationId, userId);
        }

        @Override
        public Optional<User> findByExternalId(long organizationId, String externalId) {
            return byId.values().stream().filter(u -> u.organizationId() == organizationId && externalId.equals(u.externalId())).findFirst();
        }

        @Override
        public Optional<User> findPatientByMrn(long organizationId, String mrn) {
            return byId.values().stream().filter(u -> u.organizationId() == organizationId && u.isPatient()
                    && mrn.equals(u.ehrDemographics().mrn())).min(Comparator.comparing(User::id));
        }

        @Override
        public Optional<User> findPatient(long organizationId, String email, PersonName name) {
            return byId.values().stream().filter(u -> u.organizationId() == organizationId && u.isPatient()
                    && email.equalsIgnoreCase(u.email()) && name.first().equalsIgnoreCase(u.firstName())
                    && name.last().equalsIgnoreCase(u.lastName())).findFirst();
        }

        @Override
        public List<User> findByEmail(long organizationId, String email) {
            return byId.values().stream().filter(u -> u.organizationId() == organizationId && email.equalsIgnoreCase(u.email())).toList();
        }

        @Override
        public List<User> findMembersByEmail(String email) {
            return byId.values().stream().filter(u -> !u.isPatient() && email.equalsIgnoreCase(u.email())).toList();
        }

        @Override
        public List<User> findActiveMembers(long organizationId) {
            return byId.values().stream().filter(u -> !u.isPatient() && u.active()
                    && u.organizationId() == organizationId).toList();
        }

        @Override
        public List<User> findPatientsByEmail(String email) {
            return byId.values().stream().filter(u -> u.isPatient() && email.equalsIgnoreCase(u.email())).toList();
        }

        @Override
        public List<User> search(UserSearch search) {
            throw new UnsupportedOperationException("searches are tested against PostgreSQL");
        }

        @Override
        public long count(UserSearch search) {
            throw new UnsupportedOperationException("searches are tested against PostgreSQL");
        }

        @Override
        public Optional<Membership> membershipOf(long userId) {
            return Optional.ofNullable(memberships.get(userId));
        }

        @Override
        public Membership addMembership(Membership membership) {
            memberships.put(membership.userId(), membership);
            return membership;
        }

        @Override
        public List<Membership> searchMembers(MemberSearch search) {
            throw new UnsupportedOperationException("searches are tested against PostgreSQL");
        }

        @Override
        public void removeMembership(Membership membership) {
            memberships.remove(membership.userId());
        }
    }

    final class Groups implements UserGroupRepository {
        final Map<Long, UserGroup> byId = new LinkedHashMap<>();

        @Override
        public UserGroup add(UserGroup group) {
            byId.put(withId(group).id(), group);
            return group;
        }

        @Override
        public Optional<UserGroup> find(long organizationId, long groupId) {
            return Optional.ofNullable(byId.get(groupId)).filter(g -> g.organizationId() == organizationId);
        }

        @Override
        public Optional<UserGroup> findByInviteCode(String inviteCode) {
            return byId.values().stream().filter(g -> g.inviteCode().equals(inviteCode)).findFirst();
        }

        @Override
        public List<UserGroup> search(long organizationId, List<String> keywords, Sort sort, int offset, Integer limit) {
            throw new UnsupportedOperationException("searches are tested against PostgreSQL");
        }

        @Override
        public long count(long organizationId, List<String> keywords) {
            throw new UnsupportedOperationException("searches are tested against PostgreSQL");
        }

        @Override
        public Map<Long, Long> patientCounts(List<Long> groupIds) {
            return Map.of();
        }

        @Override
        public void movePatients(long from, Long to, java.time.Instant now) {
            users.byId.values().stream().filter(u -> Long.valueOf(from).equals(u.userGroupId()))
                    .forEach(u -> { if (to == null) { u.leaveGroup(now); } else { u.joinGroup(to, now); } });
        }

        @Override
        public void remove(UserGroup group) {
            byId.remove(group.id());
        }
    }

    final class Keys implements ApiKeyRepository {
        final Map<Long, ApiKey> byId = new LinkedHashMap<>();

        @Override
        public ApiKey add(ApiKey key) {
            byId.put(withId(key).id(), key);
            return key;
        }

        @Override
        public Optional<Presented> findPresented(byte[] secretHash) {
            return byId.values().stream().filter(k -> java.util.Arrays.equals(hashOf(k), secretHash)).findFirst()
                    .flatMap(k -> users.find(k.organizationId(), k.userId())
                            .map(holder -> new Presented(k, holder, users.membershipOf(holder.id()))));
        }

        @Override
        public Optional<ApiKey> find(long organizationId, long id) {
            return Optional.ofNullable(byId.get(id)).filter(k -> k.organizationId() == organizationId);
        }

        @Override
        public List<ApiKey> apiKeysOf(long organizationId, long userId, Long afterId, int limit) {
            return byId.values().stream().filter(k -> k.organizationId() == organizationId && k.userId() == userId).toList();
        }

        @Override
        public List<ApiKey> liveCredentialsOf(long organizationId, long userId) {
            return byId.values().stream().filter(k -> k.organizationId() == organizationId && k.userId() == userId
                    && k.revokedAt() == null).toList();
        }

        private byte[] hashOf(ApiKey key) {
            try {
                Field hash = ApiKey.class.getDeclaredField("secretHash");
                hash.setAccessible(true);
                return (byte[]) hash.get(key);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The sign-in limits every use case of this store counts against. */
    final AccessLimits limits = new AccessLimits();

    PasswordChanges passwordChanges() {
        PasswordChanges changes = new PasswordChanges();
        changes.keys = keys;
        changes.limits = limits;
        return changes;
    }

    /** A caller acting as the given user with the membership's privileges. */
    Caller callerFor(User user) {
        return new Caller(user.id(), user.organizationId(), user.role(),
                users.membershipOf(user.id()).map(Membership::privileges).orElse(org.caregate.kernel.Privileges.NONE),
                "test-request", "127.0.0.1");
    }
}
