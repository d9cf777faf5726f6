package org.caregate.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Booking rules of providers and appointment types. */
public interface AppointmentSettingRepository {

    void add(AppointmentSetting setting);

    Optional<AppointmentSetting> find(long organizationId, long id);

    Optional<AppointmentSetting> ofProvider(long providerId);

    /** The settings of those of these providers who have any. */
    List<AppointmentSetting> ofProviders(Collection<Long> providerIds);

    Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId);
}
