package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;

/** Visit links in PostgreSQL ({@code visits.visit_link}). */
@Dependent
public class JpaVisitLinkRepository implements VisitLinkRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public void add(VisitLink link) {
        em.persist(link);
    }

    @Override
    public Optional<VisitLink> find(String token) {
        return Optional.ofNullable(em.find(VisitLink.class, token));
    }

    @Override
    public List<VisitLink> ofAppointment(long appointmentId) {
        return em.createQuery("SELECT l FROM VisitLink l WHERE l.appointmentId = :a ORDER BY l.role, l.token",
                VisitLink.class).setParameter("a", appointmentId).getResultList();
    }

    @Override
    public void removeOfAppointment(long appointmentId) {
        em.createQuery("DELETE FROM VisitLink l WHERE l.appointmentId = :a").setParameter("a", appointmentId)
                .executeUpdate();
    }
}
