package org.caregate.identity.domain;

import java.util.List;
import java.util.Optional;

/** The users of all organizations; every look-up names the organization it searches. */
public interface UserRepository {

    User add(User user);

    Optional<User> find(long organizationId, long userId);

    /** Finds a user of any organization: only for callers that have no organization yet (sign-up). */
    Optional<User> findAnywhere(long userId);

    /**
     * Stores the same password hashed again at today's cost, if the stored hash is still {@code formerHash} (two
     * sign-ins at once both re-hash; the second changes nothing). The account's version and update time stay.
     */
    void rehashPassword(long userId, String formerHash, String newHash);

    /**
     * The user's password hash as stored now, read with the user's row locked until the transaction ends, so that a
     * sign-in and a password change of the same user take turns.
     */
    Optional<String> passwordHashForUpdate(long userId);

    /** Finds the user and locks it until the transaction ends, so concurrent updates queue up. */
    Optional<User> findForUpdate(long organizationId, long userId);

    Optional<User> findByExternalId(long organizationId, String externalId);

    /** The organization's patient with this medical record number (the earliest registered, should two share it). */
    Optional<User> findPatientByMrn(long organizationId, String mrn);

    Optional<User> findPatient(long organizationId, String email, PersonName name);

    /** The organization's users with this email (several patients may share one, e.g. a family). */
    List<User> findByEmail(long organizationId, String email);

    /** Members (providers and staff) of any organization who sign in with this email. */
    List<User> findMembersByEmail(String email);

    /** The active providers and staff of an organization, by id. */
    List<User> findActiveMembers(long organizationId);

    /** Patients of any organization who sign in with this email. */
    List<User> findPatientsByEmail(String email);

    List<User> search(UserSearch search);

    long count(UserSearch search);

    Optional<Membership> membershipOf(long userId);

    /** Members of an organization matching the search, with their memberships. */
    List<Membership> searchMembers(MemberSearch search);

    void removeMembership(Membership membership);

    Membership addMembership(Membership membership);
}
