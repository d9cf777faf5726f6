package org.caregate.scheduling.domain;

import java.util.List;
import java.util.Optional;

/** Patients' appointment type credits. */
public interface AppointmentTypeCreditRepository {

    void add(AppointmentTypeCredit credit);

    Optional<AppointmentTypeCredit> find(long userId, long appointmentTypeId);

    void remove(AppointmentTypeCredit credit);

    List<AppointmentTypeCredit> ofUsers(List<Long> userIds);
}
