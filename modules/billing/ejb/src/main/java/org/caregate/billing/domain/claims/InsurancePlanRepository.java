package org.caregate.billing.domain.claims;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan catalogue and the plans organizations accept. */
public interface InsurancePlanRepository {

    /** The whole catalogue (small: a few hundred payers at most), by payer name. */
    List<InsurancePlan> catalogue();

    /** The plans of the catalogue with these ids, those that exist. */
    List<InsurancePlan> plans(Collection<Long> ids);

    /** The ids of the plans the organization accepts. */
    Set<Long> acceptedPlanIds(long organizationId);

    /** The organization's acceptance of each plan given, recorded now for those it did not accept yet. */
    List<AcceptedInsurancePlan> accept(long organizationId, Collection<Long> planIds);

    /** The organization's accepted plan with this id. */
    Optional<AcceptedInsurancePlan> accepted(long organizationId, long id);

    void remove(AcceptedInsurancePlan accepted);
}
