package org.caregate.scheduling.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentSettingRepository;
import org.caregate.scheduling.domain.AppointmentTypeRepository;

/** Shows an appointment with its appointment type (and the type's booking settings), as every use case answers. */
@Dependent
class AppointmentViews {

    @Inject
    AppointmentTypeRepository types;

    @Inject
    AppointmentSettingRepository settings;

    AppointmentView of(Appointment appointment) {
        return of(appointment, new HashMap<>());
    }

    /** The view, looking each appointment type up once for a whole list ({@code typeViews} remembers them). */
    AppointmentView of(Appointment appointment, Map<Long, AppointmentTypeView> typeViews) {
        AppointmentTypeView type = appointment.appointmentTypeId() == null ? null
                : typeViews.computeIfAbsent(appointment.appointmentTypeId(), typeId -> types
                        .find(appointment.organizationId(), typeId)
                        .map(t -> SchedulingViews.of(t, settings.ofAppointmentType(t.id()).orElse(null))).orElse(null));
        return SchedulingViews.of(appointment, type);
    }
}
