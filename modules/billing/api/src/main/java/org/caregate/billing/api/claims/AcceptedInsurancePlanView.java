package org.caregate.billing.api.claims;

/** A plan the organization accepts (Healthie's {@code AcceptedInsurancePlan}); its id is what removing names. */
public record AcceptedInsurancePlanView(long id, InsurancePlanView insurancePlan) {
}
