package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.forms.domain.AppointmentRole;
import org.caregate.forms.domain.FilledForm;
import org.caregate.forms.domain.FilledFormRepository;

/** Filled-out forms in PostgreSQL. */
@Dependent
public class JpaFilledFormRepository implements FilledFormRepository {

    /** The advisory-lock space of appointment chart notes (the first key of {@code pg_advisory_xact_lock}). */
    private static final int APPOINTMENT_FORMS = 0x46_4f_52_4d;

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(FilledForm form) {
        em.persist(form);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(FilledForm form) {
        em.remove(form);
        em.flush();
    }

    @Override
    public Optional<FilledForm> lock(long organizationId, long id) {
        return em.createQuery("SELECT f FROM FilledForm f WHERE f.id = :id AND f.organizationId = :org",
                        FilledForm.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Long> templateOf(long organizationId, long id) {
        return em.createQuery("SELECT f.templateId FROM FilledForm f WHERE f.id = :id AND f.organizationId = :org "
                        + "AND f.templateId IS NOT NULL", Long.class).setParameter("id", id)
                .setParameter("org", organizationId).getResultStream().findFirst();
    }

    @Override
    public Optional<FilledForm> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(FilledForm.class, id)).filter(f -> f.organizationId() == organizationId);
    }

    @Override
    public void lockAppointment(long appointmentId) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:space, hashtext(CAST(:appointment AS text)))")
                .setParameter("space", APPOINTMENT_FORMS).setParameter("appointment", appointmentId)
                .getSingleResult();
    }

    @Override
    public Optional<FilledForm> onAppointment(long organizationId, long appointmentId, AppointmentRole role) {
        return onAppointment(organizationId, appointmentId, role, LockModeType.NONE);
    }

    @Override
    public Optional<FilledForm> lockOnAppointment(long organizationId, long appointmentId, AppointmentRole role) {
        return onAppointment(organizationId, appointmentId, role, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<FilledForm> onAppointment(long organizationId, long appointmentId, AppointmentRole role,
                                               LockModeType lock) {
        return em.createQuery("SELECT f FROM FilledForm f WHERE f.organizationId = :org "
                        + "AND f.appointmentId = :appointment AND f.appointmentRole = :role", FilledForm.class)
                .setParameter("org", organizationId).setParameter("appointment", appointmentId)
                .setParameter("role", role.wireName()).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public List<FilledForm> onAppointments(long organizationId, Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM FilledForm f WHERE f.organizationId = :org "
                        + "AND f.appointmentId IN :appointments", FilledForm.class)
                .setParameter("org", organizationId).setParameter("appointments", appointmentIds).getResultList();
    }

    @Override
    public List<FilledForm> search(long organizationId, Long userId, Long fillerId, Long templateId,
                                   boolean withCharting, Instant from, Instant until, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT f FROM FilledForm f WHERE f.organizationId = :org "
                + "AND f.finished = TRUE");
        if (userId != null) {
            jpql.append(" AND f.userId = :user");
        }
        if (fillerId != null) {
            jpql.append(" AND f.fillerId = :filler");
        }
        if (templateId != null) {
            jpql.append(" AND f.templateId = :template");
        }
        if (!withCharting) {
            jpql.append(" AND f.charting = FALSE");
        }
        if (from != null) {
            jpql.append(" AND f.createdAt >= :from AND f.createdAt < :until");
        }
        jpql.append(" ORDER BY f.createdAt DESC, f.id DESC");
        TypedQuery<FilledForm> query = em.createQuery(jpql.toString(), FilledForm.class)
                .setParameter("org", organizationId);
        if (userId != null) {
            query.setParameter("user", userId);
        }
        if (fillerId != null) {
            query.setParameter("filler", fillerId);
        }
        if (templateId != null) {
            query.setParameter("template", templateId);
        }
        if (from != null) {
            query.setParameter("from", from).setParameter("until", until);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
