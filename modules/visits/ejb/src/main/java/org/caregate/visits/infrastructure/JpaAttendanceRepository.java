package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.AttendanceRepository;

/** Stays in PostgreSQL ({@code visits.visit_attendance}). */
@Dependent
public class JpaAttendanceRepository implements AttendanceRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public void add(Attendance attendance) {
        em.persist(attendance);
        em.flush();
    }

    @Override
    public Optional<Attendance> find(long id) {
        return Optional.ofNullable(em.find(Attendance.class, id));
    }

    @Override
    public List<Attendance> throughLinks(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Attendance a WHERE a.token IN :t ORDER BY a.joinedAt", Attendance.class)
                .setParameter("t", tokens).getResultList();
    }
}
