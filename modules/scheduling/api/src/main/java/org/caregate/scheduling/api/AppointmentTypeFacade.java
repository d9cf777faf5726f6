package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;

/**
 * Appointment types and booking rules. Members manage them; patients and people booking without an account
 * see the types they may book.
 */
@Local
public interface AppointmentTypeFacade {

    AppointmentTypeView appointmentType(Caller caller, AppointmentTypeId id);

    List<AppointmentTypeView> appointmentTypes(Caller caller, AppointmentTypeQuery query);

    AppointmentTypeView createAppointmentType(Caller caller, AppointmentTypeChanges type);

    AppointmentTypeView updateAppointmentType(Caller caller, AppointmentTypeChanges changes);

    /** Retires the type: it can no longer be booked; booked appointments keep it. */
    AppointmentTypeView deleteAppointmentType(Caller caller, AppointmentTypeId id);

    /** The settings with this id, or those of this provider (the caller when both are missing). */
    AppointmentSettingView appointmentSetting(Caller caller, AppointmentSettingId id, UserId providerId);

    AppointmentSettingView createAppointmentSetting(Caller caller, AppointmentSettingChanges setting);

    AppointmentSettingView updateAppointmentSetting(Caller caller, AppointmentSettingChanges changes);

    /** Sets (or removes) a patient's appointment type credits; members only. */
    List<CreditView> grantCredits(Caller caller, UserId patient, List<CreditGrant> grants);

    /** The appointment type credits of these users that the caller may see. */
    List<CreditView> credits(Caller caller, List<Long> userIds);
}
