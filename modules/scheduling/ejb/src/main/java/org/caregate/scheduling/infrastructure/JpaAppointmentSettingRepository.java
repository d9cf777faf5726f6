package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentSettingRepository;

/** Booking rules in PostgreSQL. */
@Dependent
public class JpaAppointmentSettingRepository implements AppointmentSettingRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(AppointmentSetting setting) {
        em.persist(setting);
    }

    @Override
    public Optional<AppointmentSetting> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(AppointmentSetting.class, id)).filter(s -> s.organizationId() == organizationId);
    }

    @Override
    public Optional<AppointmentSetting> ofProvider(long providerId) {
        return em.createQuery("SELECT s FROM AppointmentSetting s WHERE s.providerId = :p", AppointmentSetting.class)
                .setParameter("p", providerId).getResultStream().findFirst();
    }

    @Override
    public List<AppointmentSetting> ofProviders(Collection<Long> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        // native with one array parameter: Hibernate translates a query with an IN list at every execution (ADR 34)
        List<?> found = em.createNativeQuery("SELECT * FROM scheduling.appointment_setting WHERE provider_id = ANY(?1)",
                AppointmentSetting.class).setParameter(1, providerIds.toArray(Long[]::new)).getResultList();
        return found.stream().map(AppointmentSetting.class::cast).toList();
    }

    @Override
    public Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId) {
        return em.createQuery("SELECT s FROM AppointmentSetting s WHERE s.appointmentTypeId = :t", AppointmentSetting.class)
                .setParameter("t", appointmentTypeId).getResultStream().findFirst();
    }
}
