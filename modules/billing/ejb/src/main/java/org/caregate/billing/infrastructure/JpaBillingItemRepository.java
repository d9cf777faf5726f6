package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.Refund;

/**
 * Payments in PostgreSQL. Idempotency keys take turns on a transaction-scoped advisory lock (and a unique index stands
 * behind it); the reconciler claims pending intents with {@code FOR UPDATE SKIP LOCKED}, so two servers never settle
 * the same one at once.
 */
@Dependent
public class JpaBillingItemRepository implements BillingItemRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public BillingItem add(BillingItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    @Override
    public Optional<BillingItem> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(BillingItem.class, id)).filter(i -> i.organizationId() == organizationId);
    }

    @Override
    public Optional<BillingItem> lock(long organizationId, long id) {
        return Optional.ofNullable(em.find(BillingItem.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(i -> i.organizationId() == organizationId);
    }

    @Override
    public Optional<BillingItem> byKey(long organizationId, String idempotencyKey) {
        return em.createQuery("SELECT i FROM BillingItem i WHERE i.organizationId = :org AND i.idempotencyKey = :key",
                        BillingItem.class)
                .setParameter("org", organizationId).setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public void lockKey(long organizationId, String idempotencyKey) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('billing-key'), hashtext(?1))")
                .setParameter(1, organizationId + ":" + idempotencyKey).getSingleResult();
    }

    @Override
    public List<BillingItem> search(long organizationId, PaymentSearch search) {
        StringBuilder jpql = new StringBuilder("SELECT i FROM BillingItem i WHERE i.organizationId = :org "
                + "AND i.deletedAt IS NULL");
        if (search.senderId() != null) {
            jpql.append(" AND i.senderId = :sender");
        }
        if (search.recipientId() != null) {
            jpql.append(" AND i.recipientId = :recipient");
        }
        if (search.state() != null) {
            jpql.append(" AND i.state = :state");
        }
        if (search.keywords() != null) {
            jpql.append(" AND (CAST(i.amount AS String) LIKE :kw OR LOWER(i.paymentMedium) LIKE :kw)");
        }
        if (search.afterId() != null) {
            jpql.append(search.oldestFirst() ? " AND i.id > :after" : " AND i.id < :after");
        }
        jpql.append(search.oldestFirst() ? " ORDER BY i.id ASC" : " ORDER BY i.id DESC");
        var query = em.createQuery(jpql.toString(), BillingItem.class).setParameter("org", organizationId);
        if (search.senderId() != null) {
            query.setParameter("sender", search.senderId());
        }
        if (search.recipientId() != null) {
            query.setParameter("recipient", search.recipientId());
        }
        if (search.state() != null) {
            query.setParameter("state", search.state().toUpperCase(Locale.ROOT));
        }
        if (search.keywords() != null) {
            String escaped = search.keywords().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("kw", "%" + escaped + "%");
        }
        if (search.afterId() != null) {
            query.setParameter("after", search.afterId());
        }
        return query.setFirstResult(search.offset()).setMaxResults(search.limit()).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BillingItem> claimUnsettled(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM billing.billing_items WHERE state = 'PENDING' "
                        + "AND reconcile_after <= ?1 ORDER BY reconcile_after LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(BillingItem.class, id.longValue())).toList();
    }

    @Override
    public Refund addRefund(Refund refund) {
        em.persist(refund);
        em.flush();
        return refund;
    }

    @Override
    public Optional<Refund> refund(long id) {
        return Optional.ofNullable(em.find(Refund.class, id));
    }

    @Override
    public Optional<Refund> lockRefund(long id) {
        Refund refund = em.find(Refund.class, id);
        if (refund != null) {
            em.refresh(refund, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(refund);
    }

    @Override
    public Optional<Refund> refundAskedUnder(long billingItemId, String clientKey) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.billingItemId = :item AND r.clientKey = :key",
                Refund.class).setParameter("item", billingItemId).setParameter("key", clientKey)
                .getResultStream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Refund> claimPendingRefunds(Instant before, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM billing.billing_item_refunds WHERE state = 'PENDING' "
                        + "AND created_at <= ?1 ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(before)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(Refund.class, id.longValue())).toList();
    }
}
