package org.caregate.scheduling.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.VisitState;

/**
 * The appointments video rooms are held for, as the visits context reads and changes them. Authorization is the
 * caller's (visits checks who asks); the appointment's own rules (a started session freezes it) are kept here.
 */
@Stateless
public class VideoAppointmentsBean implements VideoAppointments {

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public VideoAppointment book(long organizationId, Instant start, Duration length, ZoneId zone, Long bookedBy) {
        Appointment appointment = Appointment.book(new Appointment.Booking(organizationId, null, null, null, null,
                ContactType.VIDEO_CHAT, start, length, zone, false, false, null, null, bookedBy, Set.of(), Set.of()),
                clock.instant());
        appointments.add(appointment);
        appointments.flush();
        return view(appointment);
    }

    @Override
    public Optional<VideoAppointment> find(long organizationId, long appointmentId, boolean includeDeleted) {
        return appointments.find(organizationId, appointmentId, includeDeleted).map(this::view);
    }

    @Override
    public Optional<VideoAppointment> lock(long organizationId, long appointmentId) {
        return appointments.findForUpdate(organizationId, appointmentId).map(this::view);
    }

    @Override
    public Optional<VideoAppointment> byExternalId(long organizationId, String externalId) {
        return appointments.findByExternalId(organizationId, externalId).map(this::view);
    }

    @Override
    public VideoAppointment move(long organizationId, long appointmentId, Instant start, Duration length, String field) {
        Appointment appointment = locked(organizationId, appointmentId);
        appointment.reschedule(start, length, false, field, clock.instant());
        appointments.flush();
        return view(appointment);
    }

    @Override
    public VideoAppointment cancel(long organizationId, long appointmentId, String field) {
        Appointment appointment = locked(organizationId, appointmentId);
        appointment.cancel(field, clock.instant());
        return view(appointment);
    }

    @Override
    public void withdraw(long organizationId, long appointmentId) {
        appointments.findForUpdate(organizationId, appointmentId)
                .ifPresent(appointment -> appointment.withdrawWithItsRoom(clock.instant()));
    }

    @Override
    public void recordSessionStarted(long organizationId, long appointmentId, Instant startedAt) {
        appointments.find(organizationId, appointmentId, true).orElseThrow(() -> new NotFoundException("Visit"))
                .recordSessionStarted(startedAt);
    }

    @Override
    public void recordArrival(long organizationId, long appointmentId) {
        appointments.findForUpdate(organizationId, appointmentId)
                .ifPresent(appointment -> appointment.recordArrival(clock.instant()));
    }

    @Override
    public void recordCallOutcome(long organizationId, long appointmentId, CallOutcome outcome) {
        Appointment appointment = appointments.findForUpdate(organizationId, appointmentId).orElse(null);
        if (appointment == null) {
            return;
        }
        Caller visitCloser = new Caller(null, organizationId, null, Privileges.NONE, "visit-close-" + appointmentId,
                null);
        switch (outcome) {
            case LWBS -> events.publish(visitCloser, AppointmentEvent.of(AppointmentEvent.Action.LWBS, appointmentId));
            case INCOMPLETE -> events.publish(visitCloser,
                    AppointmentEvent.of(AppointmentEvent.Action.INCOMPLETED, appointmentId));
            case COMPLETE -> {
                if (appointment.visitState().canMoveTo(VisitState.COMPLETED)
                        && appointment.moveTo(VisitState.COMPLETED, "status", clock.instant())) {
                    events.publish(visitCloser, new AppointmentEvent(AppointmentEvent.Action.COMPLETED, appointmentId,
                            List.of("pm_status", "solo_status", "updated_at")));
                }
            }
        }
    }

    private Appointment locked(long organizationId, long appointmentId) {
        return appointments.findForUpdate(organizationId, appointmentId)
                .orElseThrow(() -> new NotFoundException("Appointment"));
    }

    private VideoAppointment view(Appointment appointment) {
        String typeName = appointment.appointmentTypeId() == null ? null
                : types.find(appointment.organizationId(), appointment.appointmentTypeId()).map(AppointmentType::name)
                        .orElse(null);
        return new VideoAppointment(appointment.id(), appointment.organizationId(), appointment.providerId(),
                appointment.patientId(), appointment.attendeeIds(), appointment.additionalProviderIds(),
                appointment.appointmentTypeId(), typeName, appointment.contactType() == ContactType.VIDEO_CHAT,
                appointment.startsAt(), appointment.endsAt(), appointment.zone().getId(), appointment.externalId(),
                appointment.isActive(), appointment.sessionStartedAt(),
                appointment.visitState() == VisitState.COMPLETED || appointment.visitState() == VisitState.SIGN_OFF);
    }
}
