package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.caregate.billing.domain.OrganizationBilling;
import org.caregate.billing.domain.OrganizationBillingRepository;

/**
 * Organizations' billing settings in PostgreSQL. A change is one upsert, so two first changes racing for one
 * organization leave one row (the later one's currency) instead of a key violation.
 */
@Dependent
public class JpaOrganizationBillingRepository implements OrganizationBillingRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public Optional<OrganizationBilling> find(long organizationId) {
        return Optional.ofNullable(em.find(OrganizationBilling.class, organizationId));
    }

    @Override
    public void billIn(long organizationId, Currency currency, Instant now) {
        em.createNativeQuery("INSERT INTO billing.organization_billing (organization_id, currency, updated_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (organization_id) "
                        + "DO UPDATE SET currency = excluded.currency, updated_at = excluded.updated_at")
                .setParameter(1, organizationId).setParameter(2, currency.getCurrencyCode())
                .setParameter(3, Timestamp.from(now)).executeUpdate();
    }
}
