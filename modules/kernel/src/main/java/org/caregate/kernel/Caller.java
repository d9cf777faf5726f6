package org.caregate.kernel;

import java.util.Objects;

/**
 * Who is making a request, on behalf of which organization, and from where. Every command and query of every
 * context receives the caller and is answered within the caller's organization only.
 *
 * @param userId         the acting user, or {@code null} for an anonymous caller (sign-up, sign-in)
 * @param organizationId the organization the caller acts in, or {@code null} for an anonymous caller
 * @param role           the caller's role, or {@code null} for an anonymous caller
 * @param privileges     what the caller's membership allows beyond the role
 * @param requestId      an id for this request, repeated in logs and in audit records
 * @param clientAddress  the network address the request came from
 * @param credentialId   the API key or sign-in session the caller presented, or {@code null} when it presented none
 *                       (anonymous, or a user just signed up or in within this request)
 */
public record Caller(Long userId, Long organizationId, Role role, Privileges privileges,
                     String requestId, String clientAddress, Long credentialId) {

    public Caller {
        Objects.requireNonNull(privileges, "privileges");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** A caller known without a presented credential (the server's own jobs, tests). */
    public Caller(Long userId, Long organizationId, Role role, Privileges privileges, String requestId,
                  String clientAddress) {
        this(userId, organizationId, role, privileges, requestId, clientAddress, null);
    }

    /** A caller that has not presented any credentials. */
    public static Caller anonymous(String requestId, String clientAddress) {
        return new Caller(null, null, null, Privileges.NONE, requestId, clientAddress);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    /** Providers and staff act for the organization; patients act only for themselves. */
    public boolean isMember() {
        return role != null && role.isMember();
    }

    /** The same caller, now known to be the given user (after a successful sign-up or sign-in). */
    public Caller actingAs(long user, long organization, Role newRole, Privileges newPrivileges) {
        return new Caller(user, organization, newRole, newPrivileges, requestId, clientAddress);
    }
}
