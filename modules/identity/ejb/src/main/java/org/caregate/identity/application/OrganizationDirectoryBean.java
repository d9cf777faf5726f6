package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;

/** Answers other contexts' questions about an organization's parents and owners. */
@Stateless
public class OrganizationDirectoryBean implements OrganizationDirectory {

    /** Deeper than any real hierarchy; stops a corrupted parent cycle from looping. */
    private static final int MAX_DEPTH = 16;

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Override
    public List<Long> lineage(long organizationId) {
        List<Long> lineage = new ArrayList<>();
        Optional<Organization> next = organizations.find(organizationId);
        while (next.isPresent() && lineage.size() < MAX_DEPTH && !lineage.contains(next.get().id())) {
            lineage.add(next.get().id());
            Long parent = next.get().parentId();
            next = parent == null ? Optional.empty() : organizations.find(parent);
        }
        return lineage;
    }

    @Override
    public boolean isOperator(long organizationId) {
        return organizations.find(organizationId).map(Organization::isOperator).orElse(false);
    }

    @Override
    public Optional<String> name(long organizationId) {
        return organizations.find(organizationId).map(Organization::name);
    }

    @Override
    public List<String> ownerEmails(long organizationId) {
        return users.findActiveMembers(organizationId).stream()
                .filter(member -> users.membershipOf(member.id()).map(Membership::isOwner).orElse(false))
                .map(User::email)
                .toList();
    }
}
