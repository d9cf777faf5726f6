package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;

/** Packages in PostgreSQL; a deleted package is filtered out of every read. */
@Dependent
public class JpaOfferingRepository implements OfferingRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public void add(Offering offering) {
        em.persist(offering);
        em.flush();
    }

    @Override
    public void store(Offering offering) {
        em.flush();
    }

    @Override
    public Optional<Offering> find(long organizationId, long id) {
        return em.createQuery("SELECT o FROM Offering o WHERE o.id = :id AND o.organizationId = :org "
                        + "AND o.deletedAt IS NULL", Offering.class)
                .setParameter("id", id).setParameter("org", organizationId).getResultStream().findFirst();
    }

    @Override
    public Optional<Offering> findIncludingDeleted(long organizationId, long id) {
        return em.createQuery("SELECT o FROM Offering o WHERE o.id = :id AND o.organizationId = :org", Offering.class)
                .setParameter("id", id).setParameter("org", organizationId).getResultStream().findFirst();
    }

    @Override
    public List<Offering> list(long organizationId, boolean archived, Collection<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Offering> query = em.createQuery("SELECT o FROM Offering o WHERE o.organizationId = :org "
                + "AND o.deletedAt IS NULL AND o.archived = :archived" + (ids != null ? " AND o.id IN :ids" : "")
                + " ORDER BY o.id", Offering.class)
                .setParameter("org", organizationId).setParameter("archived", archived);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.setMaxResults(MAXIMUM_LISTED).getResultList();
    }
}
