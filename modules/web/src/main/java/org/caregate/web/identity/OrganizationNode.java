package org.caregate.web.identity;

import org.caregate.identity.api.OrganizationView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code Organization}. */
@Name("Organization")
public record OrganizationNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("phone_number") String phoneNumber,
        @Name("tax_id") String taxId,
        @Name("tax_id_type") String taxIdType,
        @Name("npi") String npi,
        @Name("location") Location location,
        @Id @Name("parent_id") String parentId,
        @Name("created_at") String createdAt) {

    /** Where the organization is. */
    @Name("OrganizationLocation")
    public record Location(@Name("city") String city, @Name("country") String country) {
    }

    static OrganizationNode of(OrganizationView organization) {
        return new OrganizationNode(Long.toString(organization.id()), organization.name(), organization.phoneNumber(),
                organization.taxId(), organization.taxIdType(), organization.npi(),
                new Location(organization.city(), organization.country()),
                organization.parentId() != null ? organization.parentId().toString() : null,
                organization.createdAt().toString());
    }
}
