package org.caregate.web.billing.claims;

import org.caregate.billing.api.claims.InsurancePlanView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code InsurancePlan}: a payer of the catalogue, and whether the organization accepts it. */
@Name("InsurancePlan")
public record InsurancePlanNode(@Id @Name("id") String id, @Name("name_and_id") String nameAndId,
                                @Name("is_accepted") boolean isAccepted, @Name("payer_id") String payerId,
                                @Name("payer_name") String payerName) {

    static InsurancePlanNode of(InsurancePlanView plan) {
        return new InsurancePlanNode(Long.toString(plan.id()), plan.nameAndId(), plan.accepted(), plan.payerId(),
                plan.payerName());
    }
}
