package org.caregate.billing.api.claims;

/** An insurance policy a CMS 1500 is billed to. */
public record PolicyView(int position, InsurancePlanView insurancePlan, String priorityType, String num,
                         String groupNum) {
}
