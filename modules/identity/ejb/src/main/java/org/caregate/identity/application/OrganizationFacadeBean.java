package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caregate.identity.api.FoundedOrganization;
import org.caregate.identity.api.NewOrganization;
import org.caregate.identity.api.OrganizationFacade;
import org.caregate.identity.api.OrganizationView;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.ApiKeySecret;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/** Organizations: founding new ones for an installation's operators, and finding the caller's. */
@Stateless
public class OrganizationFacadeBean implements OrganizationFacade {

    private static final String ORGANIZATION = "organization";

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public FoundedOrganization createOrganization(Caller caller, NewOrganization request) {
        Access.requireMember(caller);
        Organization home = organizations.find(caller.organizationId()).orElseThrow();
        if (!home.isOperator() || !caller.privileges().superAdmin()) {
            throw new ForbiddenException("Only super admins of the operating organization may create organizations");
        }
        Inputs inputs = new Inputs();
        String name = inputs.required("name", request.name());
        String first = inputs.required("first_name", request.ownerFirstName());
        String last = inputs.required("last_name", request.ownerLastName());
        String email = inputs.email("email", request.ownerEmail(), true);
        Long parentId = inputs.id("parent_id", request.parentId());
        if (parentId != null && organizations.find(parentId).isEmpty()) {
            inputs.problem("parent_id", "Organization not found");
        }
        inputs.check();
        Instant now = clock.instant();
        Organization organization = Organization.found(name, parentId, now);
        organization.describe(inputs.optional("phone_number", request.phoneNumber()),
                inputs.optional("tax_id", request.taxId()), inputs.optional("tax_id_type", request.taxIdType()),
                inputs.optional("npi", request.npi()), inputs.optional("city", request.city()),
                inputs.optional("country", request.country()));
        inputs.check();
        ApiKeySecret ownerKey = ApiKeySecret.generate();
        Founding.Founded founded;
        try {
            founded = new Founding(organizations, users, keys).found(organization, new PersonName(first, last), email,
                    ownerKey, now);
        } catch (AlreadyTaken e) {
            throw new InvalidInputException("email", "could not create the owner's account");
        }
        audit.record(caller, "organization.created", ORGANIZATION, founded.organization().id().toString());
        return new FoundedOrganization(view(founded.organization()), UserViews.of(founded.owner(), founded.membership()),
                ownerKey.value());
    }

    @Override
    public OrganizationView organization(Caller caller, String id, String providerId, List<String> providerIds,
                                         String email, Boolean forClient) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        Long organizationId = inputs.id("id", id);
        Long provider = inputs.id("provider_id", providerId);
        List<Long> providers = providerIds == null ? List.of()
                : providerIds.stream().map(p -> inputs.id("provider_ids", p)).filter(Objects::nonNull).toList();
        inputs.check();
        Optional<Long> named;
        if (organizationId != null) {
            named = Optional.of(organizationId);
        } else if (provider != null) {
            named = organizationOfMember(caller, provider);
        } else if (!providers.isEmpty()) {
            List<Optional<Long>> found = providers.stream().map(p -> organizationOfMember(caller, p)).distinct().toList();
            named = found.size() == 1 ? found.get(0) : Optional.empty();
        } else if (email != null && !email.isBlank()) {
            // a patient names the organization by their care team's email or their own, never by another patient's
            named = users.findByEmail(caller.organizationId(), email.strip()).stream()
                    .filter(u -> caller.isMember() || !u.isPatient() || u.id().equals(caller.userId())).findFirst()
                    .map(User::organizationId);
        } else {
            named = Optional.of(caller.organizationId());
        }
        return named.flatMap(organizations::find)
                .filter(o -> o.id().equals(caller.organizationId())
                        || (caller.isMember() && caller.organizationId().equals(o.parentId())))
                .map(OrganizationFacadeBean::view)
                .orElseThrow(() -> new NotFoundException("Organization"));
    }

    private Optional<Long> organizationOfMember(Caller caller, long userId) {
        return users.find(caller.organizationId(), userId).filter(u -> !u.isPatient()).map(User::organizationId);
    }

    static OrganizationView view(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.parentId(),
                organization.phoneNumber(), organization.taxId(), organization.taxIdType(), organization.npi(),
                organization.city(), organization.country(), organization.createdAt());
    }
}
