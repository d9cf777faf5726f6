package org.caregate.billing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Cards on file. */
public interface CardRepository {

    StripeCustomerDetail add(StripeCustomerDetail card);

    Optional<StripeCustomerDetail> find(long organizationId, long id);

    /** The cards of these patients of the organization, oldest first. */
    List<StripeCustomerDetail> ofPatients(long organizationId, Collection<Long> patientIds);

    /** The gateway customer the patient's cards are saved on, if any card is. */
    Optional<String> customerOf(long organizationId, long patientId);

    /** Waits for, and holds until the transaction ends, the patient's turn to change their cards. */
    void lockPatient(long organizationId, long patientId);
}
