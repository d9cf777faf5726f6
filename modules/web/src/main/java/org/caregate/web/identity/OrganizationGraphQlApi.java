package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.FoundedOrganization;
import org.caregate.identity.api.NewOrganization;
import org.caregate.identity.api.OrganizationFacade;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** Healthie's {@code organization} query (seed 001 "Organization Management") and Caregate's createOrganization. */
@GraphQLApi
@ApplicationScoped
public class OrganizationGraphQlApi {

    @EJB
    OrganizationFacade organizations;

    @Inject
    CurrentCaller caller;

    @Query("organization")
    @Description("The caller's organization, or the one named by id, provider_id(s), a user's email or for_client.")
    public OrganizationNode organization(@Id @Name("id") String id,
                                         @Id @Name("provider_id") String providerId,
                                         // [ID]: works through org.caregate.web.graphql.IdListArguments
                                         @Id @Name("provider_ids") List<String> providerIds,
                                         @Name("email") String email,
                                         @Name("for_client") Boolean forClient) {
        return GraphQlErrors.query(() -> OrganizationNode.of(organizations.organization(caller.get(), id, providerId,
                providerIds, email, forClient)));
    }

    @Mutation("createOrganization")
    @Description("Caregate: creates an organization with its owner, for super admins of the operating organization. "
            + "The owner's API key is returned only in this response.")
    public CreateOrganizationPayload createOrganization(@Name("input") CreateOrganizationInput input) {
        CreateOrganizationInput in = input != null ? input : new CreateOrganizationInput();
        return GraphQlErrors.mutation(() -> {
            FoundedOrganization founded = organizations.createOrganization(caller.get(), new NewOrganization(in.name,
                    in.parentId, in.firstName, in.lastName, in.email, in.phoneNumber, in.taxId, in.taxIdType, in.npi,
                    in.city, in.country));
            return new CreateOrganizationPayload(OrganizationNode.of(founded.organization()),
                    UserNode.of(founded.owner()), founded.ownerApiKey(), null);
        }, messages -> new CreateOrganizationPayload(null, null, null, messages));
    }

    /** {@code createOrganization(input: createOrganizationInput)}: the organization and its owner. */
    @Input("createOrganizationInput")
    public static class CreateOrganizationInput {
        @Name("name") public String name;
        @Id @Name("parent_id") public String parentId;
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("email") public String email;
        @Name("phone_number") public String phoneNumber;
        @Name("tax_id") public String taxId;
        @Name("tax_id_type") public String taxIdType;
        @Name("npi") public String npi;
        @Name("city") public String city;
        @Name("country") public String country;
    }

    /** The new organization, its owner and the owner's API key. */
    @Name("createOrganizationPayload")
    public record CreateOrganizationPayload(@Name("organization") OrganizationNode organization,
                                            @Name("user") UserNode user,
                                            @Name("api_key") String apiKey,
                                            @Name("messages") List<FieldError> messages) {
    }
}
