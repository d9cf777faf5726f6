package org.caregate.web.billing.claims;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.billing.api.claims.InsurancePlanFacade;
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

/**
 * Seed 001 "Insurance" / "Policies": the catalogue of insurance plans shipped with Caregate
 * ({@code insurancePlans}), and the plans the organization accepts ({@code createAcceptedInsurancePlan},
 * {@code deleteAcceptedInsurancePlan}). Providers and staff.
 */
@GraphQLApi
@ApplicationScoped
public class InsuranceGraphQlApi {

    @EJB
    InsurancePlanFacade plans;

    @Inject
    CurrentCaller caller;

    @Query("insurancePlans")
    @Description("The catalogue of insurance plans (payers): ids (comma-separated plan ids, at most 100), keywords "
            + "(payer name or id), is_accepted (only the organization's accepted plans), sort_by (payer_name, "
            + "payer_name_desc, payer_id, payer_id_desc). Providers and staff.")
    public List<InsurancePlanNode> insurancePlans(@Name("ids") String ids, @Name("keywords") String keywords,
                                                  @Name("is_accepted") Boolean isAccepted,
                                                  @Name("sort_by") String sortBy) {
        return GraphQlErrors.query(() -> plans.insurancePlans(caller.get(), ids, keywords, isAccepted, sortBy)
                .stream().map(InsurancePlanNode::of).toList());
    }

    @Mutation("createAcceptedInsurancePlan")
    @Description("Accepts the plans insurance_plan_ids (at most 100) in the organization; plans accepted already "
            + "stay. Answers every plan given. Providers and staff.")
    public CreateAcceptedInsurancePlanPayload createAcceptedInsurancePlan(
            @Name("input") CreateAcceptedInsurancePlanInput input) {
        CreateAcceptedInsurancePlanInput in = input != null ? input : new CreateAcceptedInsurancePlanInput();
        return GraphQlErrors.mutation(() -> new CreateAcceptedInsurancePlanPayload(plans.acceptPlans(caller.get(),
                        in.insurancePlanIds).stream().map(AcceptedInsurancePlanNode::of).toList(), null),
                messages -> new CreateAcceptedInsurancePlanPayload(null, messages));
    }

    @Mutation("deleteAcceptedInsurancePlan")
    @Description("Removes a plan from the organization's accepted plans, by the accepted plan's id. Providers and "
            + "staff.")
    public DeleteAcceptedInsurancePlanPayload deleteAcceptedInsurancePlan(
            @Name("input") DeleteAcceptedInsurancePlanInput input) {
        DeleteAcceptedInsurancePlanInput in = input != null ? input : new DeleteAcceptedInsurancePlanInput();
        return GraphQlErrors.mutation(() -> new DeleteAcceptedInsurancePlanPayload(AcceptedInsurancePlanNode.of(
                        plans.removeAcceptedPlan(caller.get(), in.id)), null),
                messages -> new DeleteAcceptedInsurancePlanPayload(null, messages));
    }

    /** {@code createAcceptedInsurancePlan(input: createAcceptedInsurancePlanInput)}. */
    @Input("createAcceptedInsurancePlanInput")
    public static class CreateAcceptedInsurancePlanInput {
        @Id @Name("insurance_plan_ids") public List<String> insurancePlanIds;
    }

    /** {@code deleteAcceptedInsurancePlan(input: deleteAcceptedInsurancePlanInput)}. */
    @Input("deleteAcceptedInsurancePlanInput")
    public static class DeleteAcceptedInsurancePlanInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createAcceptedInsurancePlan} returns. */
    @Name("createAcceptedInsurancePlanPayload")
    public record CreateAcceptedInsurancePlanPayload(
            @Name("accepted_insurance_plans") List<AcceptedInsurancePlanNode> acceptedInsurancePlans,
            @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteAcceptedInsurancePlan} returns: the accepted plan as it was. */
    @Name("deleteAcceptedInsurancePlanPayload")
    public record DeleteAcceptedInsurancePlanPayload(
            @Name("accepted_insurance_plan") AcceptedInsurancePlanNode acceptedInsurancePlan,
            @Name("messages") List<FieldError> messages) {
    }
}
