package org.caregate.billing.infrastructure.invoices;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.caregate.billing.domain.invoices.InvoiceBalance;
import org.caregate.billing.domain.invoices.RequestedPayer;
import org.caregate.billing.domain.invoices.RequestedPayment;
import org.caregate.billing.domain.invoices.RequestedPaymentRepository;

/**
 * Invoices in PostgreSQL. Invoice numbers are counted per organization by an upsert whose row stays locked until
 * commit, so two invoices never get one number; an invoice's balance is summed from its payments (declined and deleted
 * ones left out), and the status filters of a search are the same sums in SQL.
 */
@Dependent
public class JpaRequestedPaymentRepository implements RequestedPaymentRepository {

    /** An invoice's paid payments and those still being charged, summed (the same rules as InvoiceBalance). */
    private static final String PAID = "(SELECT COALESCE(SUM(b.amount), 0) FROM billing.billing_items b "
            + "WHERE b.requested_payment_id = r.id AND b.deleted_at IS NULL AND b.state IN ('SUCCEEDED', 'OUTSIDE'))";

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public RequestedPayment add(RequestedPayment invoice) {
        em.persist(invoice);
        em.flush();
        return invoice;
    }

    @Override
    public RequestedPayer addPayer(RequestedPayer payer) {
        em.persist(payer);
        em.flush();
        return payer;
    }

    @Override
    public Optional<RequestedPayment> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(RequestedPayment.class, id))
                .filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<RequestedPayment> lock(long organizationId, long id) {
        return Optional.ofNullable(em.find(RequestedPayment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<RequestedPayer> payer(long organizationId, long id) {
        return Optional.ofNullable(em.find(RequestedPayer.class, id)).filter(p -> p.organizationId() == organizationId);
    }

    @Override
    public Optional<RequestedPayer> payerByUuid(UUID uuid) {
        return em.createQuery("SELECT p FROM RequestedPayer p WHERE p.uuid = :uuid", RequestedPayer.class)
                .setParameter("uuid", uuid).getResultStream().findFirst();
    }

    @Override
    public List<RequestedPayment> ofPayer(long requestedPayerId) {
        return em.createQuery("SELECT r FROM RequestedPayment r WHERE r.requestedPayerId = :payer "
                        + "AND r.deletedAt IS NULL ORDER BY r.id", RequestedPayment.class)
                .setParameter("payer", requestedPayerId).setMaxResults(100).getResultList();
    }

    @Override
    public long nextNumber(long organizationId) {
        return ((Number) em.createNativeQuery("INSERT INTO billing.invoice_numbers (organization_id, last_number) "
                        + "VALUES (?1, 1) ON CONFLICT (organization_id) DO UPDATE SET last_number = "
                        + "billing.invoice_numbers.last_number + 1 RETURNING last_number")
                .setParameter(1, organizationId).getSingleResult()).longValue();
    }

    @Override
    public InvoiceBalance balance(RequestedPayment invoice) {
        Object[] sums = (Object[]) em.createNativeQuery("SELECT "
                        + "COALESCE(SUM(amount) FILTER (WHERE state IN ('SUCCEEDED', 'OUTSIDE')), 0), "
                        + "COALESCE(SUM(amount) FILTER (WHERE state = 'PENDING'), 0) "
                        + "FROM billing.billing_items WHERE requested_payment_id = ?1 AND deleted_at IS NULL")
                .setParameter(1, invoice.id()).getSingleResult();
        return new InvoiceBalance(invoice.price(), (BigDecimal) sums[0], (BigDecimal) sums[1],
                invoice.manuallyPaid());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> paymentIds(long organizationId, long invoiceId) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM billing.billing_items WHERE organization_id = ?1 "
                        + "AND requested_payment_id = ?2 AND deleted_at IS NULL ORDER BY id LIMIT 1000")
                .setParameter(1, organizationId).setParameter(2, invoiceId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Long> lastPaidPayment(long organizationId, long invoiceId) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM billing.billing_items WHERE organization_id = ?1 "
                        + "AND requested_payment_id = ?2 AND deleted_at IS NULL AND state IN ('SUCCEEDED', 'OUTSIDE') "
                        + "ORDER BY id DESC LIMIT 1")
                .setParameter(1, organizationId).setParameter(2, invoiceId).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RequestedPayment> search(long organizationId, InvoiceSearch search) {
        StringBuilder sql = new StringBuilder("SELECT r.id FROM billing.requested_payments r "
                + "LEFT JOIN billing.offering o ON o.id = r.offering_id "
                + "WHERE r.organization_id = :org AND r.deleted_at IS NULL AND r.is_preview = :preview");
        List<String> words = new ArrayList<>();
        if (search.recipientId() != null) {
            sql.append(" AND r.recipient_id = :recipient");
        }
        if (search.senderId() != null) {
            sql.append(" AND r.sender_id = :sender");
        }
        String status = "CASE WHEN r.manually_paid THEN 'manually paid' WHEN " + PAID + " >= r.price THEN 'paid' "
                + "WHEN " + PAID + " > 0 THEN 'partially paid' ELSE 'not yet paid' END";
        if (search.status() != null) {
            sql.append(" AND ").append(status).append(" = :status");
        }
        if (search.onlyUnpaid()) {
            sql.append(" AND NOT r.manually_paid AND ").append(PAID).append(" < r.price");
        }
        if (search.keywords() != null) {
            for (String word : search.keywords().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && words.size() < 10) {
                    String name = ":kw" + words.size();
                    sql.append(" AND (LOWER(r.invoice_number) LIKE ").append(name)
                            .append(" OR LOWER(COALESCE(r.notes, '')) LIKE ").append(name)
                            .append(" OR LOWER(COALESCE(r.services_provided, '')) LIKE ").append(name)
                            .append(" OR LOWER(COALESCE(o.name, '')) LIKE ").append(name)
                            .append(" OR ").append(status).append(" LIKE ").append(name).append(')');
                    words.add(word);
                }
            }
        }
        sql.append(search.oldestFirst() ? " ORDER BY r.id ASC" : " ORDER BY r.id DESC");
        sql.append(" OFFSET :offset LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("org", organizationId)
                .setParameter("preview", search.preview()).setParameter("offset", search.offset())
                .setParameter("limit", search.limit());
        if (search.recipientId() != null) {
            query.setParameter("recipient", search.recipientId());
        }
        if (search.senderId() != null) {
            query.setParameter("sender", search.senderId());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("kw" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        List<Number> ids = query.getResultList();
        return ids.stream().map(id -> em.find(RequestedPayment.class, id.longValue())).toList();
    }
}
