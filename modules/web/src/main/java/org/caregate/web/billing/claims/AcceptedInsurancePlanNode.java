package org.caregate.web.billing.claims;

import org.caregate.billing.api.claims.AcceptedInsurancePlanView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code AcceptedInsurancePlan}: a plan the organization accepts. */
@Name("AcceptedInsurancePlan")
public record AcceptedInsurancePlanNode(@Id @Name("id") String id,
                                        @Name("insurance_plan") InsurancePlanNode insurancePlan) {

    static AcceptedInsurancePlanNode of(AcceptedInsurancePlanView accepted) {
        return new AcceptedInsurancePlanNode(Long.toString(accepted.id()),
                InsurancePlanNode.of(accepted.insurancePlan()));
    }
}
