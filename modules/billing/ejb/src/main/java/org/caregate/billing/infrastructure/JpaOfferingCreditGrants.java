package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.caregate.billing.domain.OfferingCreditGrants;

/** Package credit grants in PostgreSQL: one insert that does nothing when the purchase id already granted. */
@Dependent
public class JpaOfferingCreditGrants implements OfferingCreditGrants {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public boolean record(long organizationId, long offeringId, long patientId, String purchaseId, int period,
                          Long grantedBy, Instant now) {
        // granted_by is written as -1 → NULL in SQL: a null parameter of a native query has no type PostgreSQL accepts
        return em.createNativeQuery("INSERT INTO billing.offering_credit_grant (organization_id, offering_id, patient_id, "
                        + "purchase_id, period, granted_by, granted_at) VALUES (?1, ?2, ?3, ?4, ?5, NULLIF(?6, -1), ?7) "
                        + "ON CONFLICT (organization_id, purchase_id) DO NOTHING")
                .setParameter(1, organizationId).setParameter(2, offeringId).setParameter(3, patientId)
                .setParameter(4, purchaseId).setParameter(5, period).setParameter(6, grantedBy == null ? -1L : grantedBy)
                .setParameter(7, Timestamp.from(now)).executeUpdate() == 1;
    }
}
