package org.caregate.identity.application;

import java.time.Instant;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.ApiKeySecret;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Role;

/** Founding an organization: the organization, its owner (a provider with every permission) and the owner's key. */
final class Founding {

    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final ApiKeyRepository keys;

    Founding(OrganizationRepository organizations, UserRepository users, ApiKeyRepository keys) {
        this.organizations = organizations;
        this.users = users;
        this.keys = keys;
    }

    /** What was founded. */
    record Founded(Organization organization, User owner, Membership membership, ApiKey key) {
    }

    Founded found(Organization organization, PersonName ownerName, String ownerEmail, ApiKeySecret ownerKey,
                  Instant now) {
        Organization added = organizations.add(organization);
        User owner = users.add(User.enrolMember(added.id(), Role.PROVIDER, ownerName, ownerEmail, now));
        Membership membership = users.addMembership(Membership.ownerOf(owner, now));
        ApiKey key = keys.add(ApiKey.issueFor(owner, "owner", ownerKey, now));
        return new Founded(added, owner, membership, key);
    }
}
