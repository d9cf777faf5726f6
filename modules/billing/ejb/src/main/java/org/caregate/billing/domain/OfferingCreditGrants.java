package org.caregate.billing.domain;

import java.time.Instant;

/**
 * Each grant of a package's credits to a patient, once per purchase id: the record the recurring-payment step adds
 * a period to when it replenishes repeating includes.
 */
public interface OfferingCreditGrants {

    /** Records the grant; {@code false} when this purchase id had already granted. */
    boolean record(long organizationId, long offeringId, long patientId, String purchaseId, int period,
                   Long grantedBy, Instant now);
}
