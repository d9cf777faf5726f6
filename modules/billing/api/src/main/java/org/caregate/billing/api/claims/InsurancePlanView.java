package org.caregate.billing.api.claims;

/**
 * An insurance plan of the catalogue shipped with Caregate (Healthie's {@code InsurancePlan}), as one organization
 * sees it.
 *
 * @param accepted whether the caller's organization accepts it
 */
public record InsurancePlanView(long id, String payerId, String payerName, boolean accepted) {

    /** {@code "ExampleHealth - A1B2C3"}, as seed 001 prints {@code name_and_id}. */
    public String nameAndId() {
        return payerName + " - " + payerId;
    }
}
