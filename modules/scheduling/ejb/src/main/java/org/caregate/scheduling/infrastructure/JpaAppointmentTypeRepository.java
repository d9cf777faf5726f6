package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.caregate.platform.persistence.Like;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeRepository;

/** Appointment types in PostgreSQL. */
@Dependent
public class JpaAppointmentTypeRepository implements AppointmentTypeRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(AppointmentType type) {
        em.persist(type);
    }

    @Override
    public Optional<AppointmentType> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(AppointmentType.class, id)).filter(t -> t.organizationId() == organizationId);
    }

    @Override
    public List<AppointmentType> list(long organizationId, TypeQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM AppointmentType t WHERE t.organizationId = :org");
        if (!query.withRetired()) {
            jpql.append(" AND t.deletedAt IS NULL");
        }
        if (query.keywords() != null) {
            jpql.append(" AND lower(t.name) LIKE :keywords ESCAPE '\\'");
        }
        if (query.showGroup() != null) {
            jpql.append(" AND t.group = :group");
        }
        if (query.clientsCanBook() != null) {
            jpql.append(" AND t.clientsCanBook = :book");
        }
        if (query.ids() != null) {
            jpql.append(" AND t.id IN :ids");
        }
        jpql.append(" ORDER BY lower(t.name), t.id");
        TypedQuery<AppointmentType> typed = em.createQuery(jpql.toString(), AppointmentType.class)
                .setParameter("org", organizationId);
        if (query.keywords() != null) {
            typed.setParameter("keywords", "%" + Like.escape(query.keywords().toLowerCase()) + "%");
        }
        if (query.showGroup() != null) {
            typed.setParameter("group", query.showGroup());
        }
        if (query.clientsCanBook() != null) {
            typed.setParameter("book", query.clientsCanBook());
        }
        if (query.ids() != null) {
            if (query.ids().isEmpty()) {
                return List.of();
            }
            typed.setParameter("ids", query.ids());
        }
        typed.setFirstResult(query.offset());
        if (query.limit() != null) {
            typed.setMaxResults(query.limit());
        }
        return typed.getResultList();
    }
}
