package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.caregate.scheduling.domain.AppointmentTypeCredit;
import org.caregate.scheduling.domain.AppointmentTypeCreditRepository;

/** Appointment type credits in PostgreSQL. */
@Dependent
public class JpaAppointmentTypeCreditRepository implements AppointmentTypeCreditRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(AppointmentTypeCredit credit) {
        em.persist(credit);
    }

    @Override
    public Optional<AppointmentTypeCredit> find(long userId, long appointmentTypeId) {
        return em.createQuery("SELECT c FROM AppointmentTypeCredit c WHERE c.userId = :u AND c.appointmentTypeId = :t",
                AppointmentTypeCredit.class).setParameter("u", userId).setParameter("t", appointmentTypeId)
                .getResultStream().findFirst();
    }

    @Override
    public void remove(AppointmentTypeCredit credit) {
        em.remove(credit);
    }

    @Override
    public List<AppointmentTypeCredit> ofUsers(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM AppointmentTypeCredit c WHERE c.userId IN :u ORDER BY c.userId, c.id",
                AppointmentTypeCredit.class).setParameter("u", userIds).getResultList();
    }
}
