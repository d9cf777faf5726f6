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
                .setParameter("p", providerId).getResultList().stream().findFirst();
    }

    @Override
    public List<AppointmentSetting> ofTypeOrProviders(Long appointmentTypeId, Collection<Long> providerIds) {
        // native with one array parameter: Hibernate translates a query with an IN list at every execution (ADR 34)
        List<?> found = em.createNativeQuery("SELECT * FROM scheduling.appointment_setting"
                        + " WHERE appointment_type_id = ?1 OR provider_id = ANY(?2)", AppointmentSetting.class)
                .setParameter(1, appointmentTypeId == null ? -1L : appointmentTypeId)
                .setParameter(2, providerIds.toArray(Long[]::new)).getResultList();
        return found.stream().map(AppointmentSetting.class::cast).toList();
    }

    @Override
    public Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId) {
        return em.createQuery("SELECT s FROM AppointmentSetting s WHERE s.appointmentTypeId = :t", AppointmentSetting.class)
                .setParameter("t", appointmentTypeId).getResultList().stream().findFirst();
    }
}
