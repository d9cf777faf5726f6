package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.CheckoutPaymentRepository;

/**
 * Paid checkouts in PostgreSQL. The booking holds its checkout's row lock while it books, and the reconciler claims
 * with {@code FOR UPDATE SKIP LOCKED}: a checkout is never booked and refunded at once.
 */
@Dependent
public class JpaCheckoutPaymentRepository implements CheckoutPaymentRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public CheckoutPayment add(CheckoutPayment checkout) {
        em.persist(checkout);
        em.flush();
        return checkout;
    }

    @Override
    public Optional<CheckoutPayment> ofItem(long organizationId, long billingItemId) {
        return byItem(organizationId, billingItemId, LockModeType.NONE);
    }

    @Override
    public Optional<CheckoutPayment> lockOfItem(long organizationId, long billingItemId) {
        return byItem(organizationId, billingItemId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<CheckoutPayment> claimUnsettled(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM billing.checkout_payment WHERE state IN "
                        + "('CHARGING', 'REFUNDING') AND settle_after <= ?1 ORDER BY settle_after LIMIT ?2 "
                        + "FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(CheckoutPayment.class, id.longValue())).toList();
    }

    private Optional<CheckoutPayment> byItem(long organizationId, long billingItemId, LockModeType lock) {
        return em.createQuery("SELECT c FROM CheckoutPayment c WHERE c.organizationId = :org "
                        + "AND c.billingItemId = :item", CheckoutPayment.class)
                .setParameter("org", organizationId).setParameter("item", billingItemId)
                .setLockMode(lock).getResultStream().findFirst();
    }
}
