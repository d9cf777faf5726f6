package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.PostMeetingStatus;

/**
 * Changing a booked appointment: moving it, giving it to another provider or type, or recording how the meeting
 * went. A patient may only move or cancel their own 1:1 appointment, into an open slot and as the provider's booking
 * rules allow; its contact type, location and notes, and any group appointment they attend, are the provider's.
 */
@Dependent
class Rescheduling {

    /** Why a patient attending a group appointment cannot move or cancel it for everybody. */
    static final String GROUP_REFUSAL = "A group appointment is changed by its provider, not by one of its attendees";

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentLookup lookup;

    @Inject
    BookingInputs inputsOf;

    @Inject
    Calendars calendars;

    @Inject
    Schedules schedules;

    @Inject
    AppointmentViews views;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    /** Moves, re-assigns, re-types or records the outcome of an appointment, and tells who listens what happened. */
    AppointmentView change(Caller caller, AppointmentChanges changes) {
        Access.requireAuthenticated(caller);
        Appointment appointment = lookup.visible(caller, changes.id(), false);
        AppointmentView before = views.of(appointment);
        boolean patient = !caller.isMember();
        if (patient && !appointment.isPatientsOwn(caller.userId())) {
            throw new ForbiddenException(GROUP_REFUSAL);
        }
        Inputs inputs = new Inputs();
        Person provider = appointment.providerId() == null ? null : people.person(appointment.providerId()).orElse(null);
        Optional<PostMeetingStatus> status = Optional.empty();
        if (changes.pmStatus() != null && !changes.pmStatus().isBlank()) {
            status = PostMeetingStatus.labelled(changes.pmStatus());
            if (status.isEmpty()) {
                inputs.problem("pm_status", "must be one of Occurred, No-Show, Re-Scheduled, Cancelled");
            } else if (patient && status.get() != PostMeetingStatus.CANCELLED) {
                inputs.problem("pm_status", "Patients may only cancel their appointments");
            }
        }
        Reading reading = changes.reading();
        Person newProvider = null;
        Optional<AppointmentType> newType = Optional.empty();
        ContactType newContactType = null;
        if (patient && (reading.sent("other_party_id") || reading.sent("appointment_type_id"))) {
            inputs.problem("other_party_id", "Patients may change only the time of their appointments");
        } else {
            inputs.report(reading, "other_party_id");
            if (changes.providerId() != null) {
                newProvider = calendars.provider(inputs, "other_party_id", changes.providerId(),
                        caller.organizationId()).orElse(null);
            }
            inputs.report(reading, "appointment_type_id");
            newType = inputsOf.type(inputs, caller.organizationId(), changes.appointmentTypeId());
        }
        if (patient) {
            Map<String, String> providersOwn = new LinkedHashMap<>();
            providersOwn.put("contact_type", changes.contactType());
            providersOwn.put("location", changes.location());
            providersOwn.put("notes", changes.notes());
            providersOwn.forEach((field, value) -> {
                if (value != null) {
                    inputs.problem(field, "Patients may change only the time of their appointments");
                }
            });
        } else if (changes.contactType() != null) {
            newContactType = BookingInputs.contactType(inputs, "contact_type", changes.contactType(), null, false);
        }
        inputs.report(reading, "timezone");
        boolean moving = reading.sent("datetime") || reading.sent("date");
        Instant newStart = null;
        if (moving) {
            inputs.report(reading, "datetime");
            inputs.report(reading, "date");
            inputs.report(reading, "time");
            ZoneId zone = BookingInputs.zone(changes.timezone(), newProvider != null ? newProvider : provider);
            newStart = changes.start() == null ? null : inputs.calendarTime("datetime", changes.start().in(zone));
        }
        String location = patient ? null : inputs.optional("location", changes.location());
        String notes = patient ? null : inputs.optional("notes", changes.notes());
        inputs.check();

        Instant now = clock.instant();
        BookingRules rules = appointment.providerId() == null ? BookingRules.DEFAULTS
                : calendars.rulesFor(appointment.providerId(), appointment.appointmentTypeId());
        if (patient && status.isPresent()) {
            String refusal = rules.refusalToCancel(appointment.startsAt(), now);
            if (refusal != null) {
                throw new InvalidInputException("pm_status", refusal);
            }
        }
        if (patient && moving) {
            String refusal = rules.refusalToReschedule(appointment.startsAt(), now);
            if (refusal != null) {
                throw new InvalidInputException("datetime", refusal);
            }
        }
        // the outcome first: a started session refuses cancelling (pm_status) before moving (datetime)
        status.ifPresent(s -> appointment.recordOutcome(s, "pm_status", now));
        newType.ifPresent(t -> appointment.changeType(t.id(), now));
        if (newContactType != null) {
            appointment.changeContactType(newContactType, now);
        }
        if (newProvider != null) {
            appointment.assignProvider(newProvider.id(), now);
        }
        if (moving || newProvider != null || newType.isPresent()) {
            Instant start = newStart != null ? newStart : appointment.startsAt();
            Duration length = newType.map(t -> Duration.ofMinutes(t.lengthMinutes())).orElse(appointment.length());
            schedules.move(caller, appointment, start, length, patient);
        }
        appointment.changeLocationAndNotes(location, notes, now);
        appointments.flush();
        AppointmentView after = views.of(appointment);
        events.publish(caller, new AppointmentEvent(status.map(Rescheduling::outcomeAction)
                .orElse(moving ? AppointmentEvent.Action.RESCHEDULED : AppointmentEvent.Action.UPDATED),
                appointment.id(), ChangedFields.between(before, after)));
        return after;
    }

    /** The event a post-meeting status is: cancelled, completed (occurred), no-show, or a plain update. */
    private static AppointmentEvent.Action outcomeAction(PostMeetingStatus status) {
        return switch (status) {
            case CANCELLED -> AppointmentEvent.Action.CANCELLED;
            case OCCURRED -> AppointmentEvent.Action.COMPLETED;
            case NO_SHOW -> AppointmentEvent.Action.NO_SHOW;
            case RE_SCHEDULED -> AppointmentEvent.Action.UPDATED;
        };
    }
}
