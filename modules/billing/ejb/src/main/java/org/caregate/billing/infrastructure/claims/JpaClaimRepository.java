package org.caregate.billing.infrastructure.claims;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.claims.ClaimRepository;
import org.caregate.billing.domain.claims.Cms1500;
import org.caregate.billing.domain.claims.SuperBill;

/** Superbills and CMS 1500s in PostgreSQL; every read names the organization. */
@Dependent
public class JpaClaimRepository implements ClaimRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public List<SuperBill> superBills(long organizationId, Long patientId, Long providerId, String order, int limit) {
        return list(SuperBill.class, "SuperBill", organizationId, patientId, providerId, order, limit);
    }

    @Override
    public Optional<SuperBill> superBill(long organizationId, long id) {
        return Optional.ofNullable(em.find(SuperBill.class, id)).filter(s -> s.organizationId() == organizationId);
    }

    @Override
    public void add(SuperBill superBill) {
        em.persist(superBill);
        em.flush();
    }

    @Override
    public void remove(SuperBill superBill) {
        em.remove(superBill);
        em.flush();
    }

    @Override
    public List<Cms1500> cms1500s(long organizationId, Long patientId, Long providerId, String order, int limit) {
        return list(Cms1500.class, "Cms1500", organizationId, patientId, providerId, order, limit);
    }

    @Override
    public Optional<Cms1500> cms1500(long organizationId, long id) {
        return Optional.ofNullable(em.find(Cms1500.class, id)).filter(c -> c.organizationId() == organizationId);
    }

    @Override
    public void add(Cms1500 cms1500) {
        em.persist(cms1500);
        em.flush();
    }

    @Override
    public void remove(Cms1500 cms1500) {
        em.remove(cms1500);
        em.flush();
    }

    private <T> List<T> list(Class<T> type, String entity, long organizationId, Long patientId, Long providerId,
                             String order, int limit) {
        String jpql = "SELECT c FROM " + entity + " c WHERE c.organizationId = :o"
                + (patientId != null ? " AND c.patientId = :patient" : "")
                + (providerId != null ? " AND c.providerId = :provider" : "")
                + " ORDER BY " + orderBy(order);
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("o", organizationId).setMaxResults(limit);
        if (patientId != null) {
            query.setParameter("patient", patientId);
        }
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        return query.getResultList();
    }

    /** The order clause of one of the known orders (the facade checked it), newest first otherwise. */
    private static String orderBy(String order) {
        return switch (order) {
            case "created_at_asc" -> "c.createdAt ASC, c.id ASC";
            case "service_date_asc" -> "c.serviceDate ASC, c.id ASC";
            case "service_date_desc" -> "c.serviceDate DESC, c.id DESC";
            default -> "c.createdAt DESC, c.id DESC";
        };
    }
}
