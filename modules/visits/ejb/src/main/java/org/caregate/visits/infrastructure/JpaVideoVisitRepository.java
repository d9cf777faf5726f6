package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;

/** Video visits in PostgreSQL ({@code visits.video_visit}). */
@Dependent
public class JpaVideoVisitRepository implements VideoVisitRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public void add(VideoVisit visit) {
        em.persist(visit);
        em.flush();
    }

    @Override
    public Optional<VideoVisit> ofAppointment(long appointmentId) {
        return Optional.ofNullable(em.find(VideoVisit.class, appointmentId));
    }

    @Override
    public void remove(long appointmentId) {
        em.createQuery("DELETE FROM VideoVisit v WHERE v.appointmentId = :a").setParameter("a", appointmentId)
                .executeUpdate();
    }
}
