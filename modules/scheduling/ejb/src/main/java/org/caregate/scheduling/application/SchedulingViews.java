package org.caregate.scheduling.application;

import java.time.Duration;
import org.caregate.scheduling.api.AppointmentSettingView;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.AvailabilityView;
import org.caregate.scheduling.api.WaitingRoomView;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.SchedulingTimes;
import org.caregate.scheduling.domain.VisitState;
import org.caregate.scheduling.domain.WaitingRoom;

/** Scheduling's aggregates as the views its facades return. */
final class SchedulingViews {

    private SchedulingViews() {
    }

    static AppointmentTypeView of(AppointmentType type, AppointmentSetting ownSetting) {
        return new AppointmentTypeView(type.id(), type.name(), type.lengthMinutes(), type.clientsCanBook(), type.isGroup(),
                type.bookableWithoutGroup(), type.specificGroups(), type.bookableGroupIds(), type.userGroupId(),
                type.waitlistEnabled(), type.contactTypes().stream().map(ContactType::label).toList(), type.isRetired(),
                ownSetting == null ? null : of(ownSetting));
    }

    static AppointmentSettingView of(AppointmentSetting setting) {
        BookingRules rules = setting.rules();
        return new AppointmentSettingView(setting.id(), setting.providerId(), setting.appointmentTypeId(),
                Integer.toString(rules.bufferMinutes()), Integer.toString(rules.calendarIntervalMinutes()),
                rules.minimumAdvanceScheduleMinutes(), rules.minimumAdvanceCancelMinutes(),
                rules.minimumAdvanceRescheduleMinutes(), rules.clientsMayCancel(), rules.clientsMayReschedule(),
                rules.pastAppointmentsReschedulable(), rules.endReminderOneHourBefore(), rules.askClientsToConfirm(),
                rules.cantCancelMessage(), rules.cantRescheduleMessage());
    }

    static AvailabilityView of(Availability availability) {
        Availability.OpenPeriod first = availability.firstOpening();
        return new AvailabilityView(availability.id(), availability.providerId(), availability.dayOfWeek(),
                availability.repeating(), SchedulingTimes.availabilityDate(first.start()),
                SchedulingTimes.availabilityDate(first.end()),
                SchedulingTimes.durationString(Duration.between(first.start().toLocalTime(), first.end().toLocalTime())),
                availability.zone().getId(), SchedulingTimes.zoneAbbreviation(first.start()));
    }

    static AppointmentView of(Appointment appointment, AppointmentTypeView type) {
        return new AppointmentView(appointment.id(), appointment.organizationId(), appointment.providerId(),
                appointment.patientId(), appointment.attendeeIds(), appointment.additionalProviderIds(), type,
                appointment.contactType() == null ? null : appointment.contactType().label(), appointment.startsAt(),
                appointment.endsAt(), SchedulingTimes.appointmentDate(appointment.startsAt()),
                appointment.zone().getId(), (int) appointment.length().toMinutes(), appointment.pmStatus(),
                soloStatus(appointment), appointment.isGroup(), appointment.isActive(), appointment.location(),
                appointment.notes(), appointment.externalId(), appointment.accountNumber(),
                appointment.episodeOfCareId(), appointment.reasons(),
                appointment.waitingRoomId() == null ? null : appointment.waitingRoomId().toString(),
                appointment.deletedAt(), appointment.createdAt(), appointment.updatedAt());
    }

    /**
     * The appointment's status in Solo's visit lifecycle ({@link VisitState}). It stays a
     * component of the view because webhooks name the view's changed components ({@code solo_status}).
     */
    static String soloStatus(Appointment appointment) {
        return appointment.visitState().soloName();
    }

    static WaitingRoomView of(WaitingRoom room) {
        return new WaitingRoomView(room.id().toString(), room.name(), room.serviceLine(), room.serviceType(),
                (int) room.slotDuration().toSeconds(), room.providerIds());
    }
}
