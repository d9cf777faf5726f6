package org.caregate.billing.domain.claims;

import java.util.List;
import java.util.Optional;

/** Superbills and CMS 1500s, always within one organization. */
public interface ClaimRepository {

    /**
     * The organization's superbills, newest first unless {@code oldestFirst}/{@code byServiceDate}; narrowed to a
     * patient and a provider when given; at most {@code limit}.
     */
    List<SuperBill> superBills(long organizationId, Long patientId, Long providerId, String order, int limit);

    Optional<SuperBill> superBill(long organizationId, long id);

    void add(SuperBill superBill);

    void remove(SuperBill superBill);

    /** The organization's CMS 1500s, in the order given, narrowed as for superbills. */
    List<Cms1500> cms1500s(long organizationId, Long patientId, Long providerId, String order, int limit);

    Optional<Cms1500> cms1500(long organizationId, long id);

    void add(Cms1500 cms1500);

    void remove(Cms1500 cms1500);
}
