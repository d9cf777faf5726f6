package org.caregate.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Booking rules of providers and appointment types. */
public interface AppointmentSettingRepository {

    void add(AppointmentSetting setting);

    Optional<AppointmentSetting> find(long organizationId, long id);

    Optional<AppointmentSetting> ofProvider(long providerId);

    /**
     * In one read, what a calendar's booking rules may come from: the appointment type's own setting (none when
     * {@code appointmentTypeId} is {@code null}) and the settings of those of these providers who have any.
     */
    List<AppointmentSetting> ofTypeOrProviders(Long appointmentTypeId, Collection<Long> providerIds);

    Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId);
}
