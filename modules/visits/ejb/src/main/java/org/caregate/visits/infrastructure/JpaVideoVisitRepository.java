package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
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

    @Override
    public void lock(VideoVisit visit) {
        em.flush();
        em.refresh(visit, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<VideoVisit> claimClosingDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT appointment_id FROM visits.video_visit WHERE closed_at IS NULL"
                        + " AND close_check_at <= ? ORDER BY close_check_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> em.find(VideoVisit.class, id.longValue())).filter(Objects::nonNull).toList();
    }
}
