package org.caregate.billing.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/** Organizations' billing settings. */
public interface OrganizationBillingRepository {

    Optional<OrganizationBilling> find(long organizationId);

    /** The organization bills in this currency from now on: its settings are created or changed in place. */
    void billIn(long organizationId, Currency currency, Instant now);
}
