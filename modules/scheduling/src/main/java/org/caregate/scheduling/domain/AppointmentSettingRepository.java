package org.caregate.scheduling.domain;

import java.util.Optional;

/** Booking rules of providers and appointment types. */
public interface AppointmentSettingRepository {

    void add(AppointmentSetting setting);

    Optional<AppointmentSetting> find(long organizationId, long id);

    Optional<AppointmentSetting> ofProvider(long providerId);

    Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId);
}
