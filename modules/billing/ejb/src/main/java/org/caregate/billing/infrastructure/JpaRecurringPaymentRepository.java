package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.RecurringPayment;
import org.caregate.billing.domain.RecurringPaymentRepository;

/**
 * Recurring payments in PostgreSQL. Due ones are claimed with {@link #CLAIM_DUE} ({@code FOR UPDATE SKIP LOCKED}), so
 * two servers polling together each take different ones; the unique (recurring payment, period) of the billing items
 * stands behind it.
 */
@Dependent
public class JpaRecurringPaymentRepository implements RecurringPaymentRepository {

    /**
     * The claim of due recurring payments: ?1 now, ?2 how many. Only one whose first period (the purchase) was paid: a
     * purchase still pending is the reconciler's to settle first, a declined one charges nothing more until it is
     * resent and paid — a declined purchase retried as a new purchase must not leave a second schedule charging.
     */
    static final String CLAIM_DUE = "SELECT p.id FROM billing.recurring_payment p WHERE p.state = 'ACTIVE' "
            + "AND p.next_payment_at <= ?1 AND EXISTS (SELECT 1 FROM billing.billing_items i "
            + "WHERE i.recurring_payment_id = p.id AND i.recurring_period = 1 AND i.state IN ('SUCCEEDED', 'OUTSIDE')) "
            + "ORDER BY p.next_payment_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public RecurringPayment add(RecurringPayment payment) {
        em.persist(payment);
        em.flush();
        return payment;
    }

    @Override
    public Optional<RecurringPayment> lock(long organizationId, long id) {
        return Optional.ofNullable(em.find(RecurringPayment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> p.organizationId() == organizationId);
    }

    @Override
    public List<RecurringPayment> find(long organizationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM RecurringPayment p WHERE p.organizationId = :org AND p.id IN :ids",
                RecurringPayment.class).setParameter("org", organizationId).setParameter("ids", ids).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RecurringPayment> claimDue(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery(CLAIM_DUE).setParameter(1, Timestamp.from(now))
                .setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(RecurringPayment.class, id.longValue())).toList();
    }
}
