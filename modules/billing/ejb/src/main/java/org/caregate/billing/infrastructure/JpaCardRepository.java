package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.StripeCustomerDetail;

/** Cards on file in PostgreSQL. */
@Dependent
public class JpaCardRepository implements CardRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public StripeCustomerDetail add(StripeCustomerDetail card) {
        em.persist(card);
        em.flush();
        return card;
    }

    @Override
    public Optional<StripeCustomerDetail> find(long organizationId, long id) {
        StripeCustomerDetail card = em.find(StripeCustomerDetail.class, id);
        return Optional.ofNullable(card).filter(c -> c.organizationId() == organizationId);
    }

    @Override
    public List<StripeCustomerDetail> ofPatients(long organizationId, Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM StripeCustomerDetail c WHERE c.organizationId = :org "
                        + "AND c.patientId IN :patients ORDER BY c.id", StripeCustomerDetail.class)
                .setParameter("org", organizationId).setParameter("patients", patientIds).getResultList();
    }

    @Override
    public Optional<String> customerOf(long organizationId, long patientId) {
        return em.createQuery("SELECT c.gatewayCustomerId FROM StripeCustomerDetail c WHERE c.organizationId = :org "
                        + "AND c.patientId = :patient ORDER BY c.id", String.class)
                .setParameter("org", organizationId).setParameter("patient", patientId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void lockPatient(long organizationId, long patientId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('billing-cards'), hashtext(?1))")
                .setParameter(1, organizationId + ":" + patientId).getSingleResult();
    }
}
