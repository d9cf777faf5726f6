package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.PreparedCheckout;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.ContactType;

/**
 * Booking an appointment. Staff book for a patient or a group anywhere on the calendars they name, and a booking
 * over another appointment is an overbooking on purpose; a patient checks out an open slot only, registered on the
 * way when they have no account yet.
 */
@Dependent
class Booking {

    private static final String NOT_AVAILABLE = "This appointment type is not available to you";

    @Inject
    AppointmentRepository appointments;

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

    /**
     * Staff book for a patient or a group, with the caller or another provider, plus any extra providers. What
     * the adapter could not read is reported with the booking's own problems, each at its field's turn.
     */
    AppointmentView bookForPatients(Caller caller, NewAppointment request) {
        Access.requireMember(caller);
        Reading reading = request.reading();
        Inputs inputs = new Inputs();
        inputs.report(reading, "other_party_id");
        Person provider = request.providerId() != null
                ? calendars.provider(inputs, "other_party_id", request.providerId(), caller.organizationId()).orElse(null)
                : reading.sent("other_party_id") ? null : inputsOf.self(caller);
        inputs.report(reading, "appointment_type_id");
        if (request.appointmentTypeId() == null && !inputs.hasProblem("appointment_type_id")) {
            inputs.problem("appointment_type_id", "can't be blank");
        }
        Optional<AppointmentType> type = inputsOf.type(inputs, caller.organizationId(), request.appointmentTypeId());
        ContactType contactType = BookingInputs.contactType(inputs, "contact_type", request.contactType(),
                type.orElse(null), true);
        inputs.report(reading, "user_id");
        Optional<Person> patient = inputsOf.patient(inputs, "user_id", request.patientId(), caller.organizationId());
        List<Long> attendees = inputsOf.patients(inputs, reading, "attendee_ids", request.attendeeIds(),
                caller.organizationId());
        List<Long> extraProviders = calendars.providers(inputs, reading, "providers", request.additionalProviderIds(),
                caller.organizationId());
        boolean group = type.map(AppointmentType::isGroup).orElse(false) || !attendees.isEmpty();
        if (!group && !reading.sent("user_id")) {
            inputs.problem("user_id", "is required for a 1:1 appointment (use attendee_ids for a group)");
        }
        if (provider != null && extraProviders.contains(provider.id())) {
            inputs.problem("providers", "must not include the primary provider (other_party_id)");
        }
        inputs.report(reading, "timezone");
        ZoneId zone = BookingInputs.zone(request.timezone(), provider);
        inputs.report(reading, "datetime");
        inputs.report(reading, "date");
        inputs.report(reading, "time");
        Instant start = request.start() == null ? null : inputs.calendarTime("datetime", request.start().in(zone));
        String location = inputs.optional("location", request.location());
        String notes = inputs.optional("notes", request.notes());
        inputs.check();

        Duration length = Duration.ofMinutes(type.orElseThrow().lengthMinutes());
        List<Long> calendarsTouched = new ArrayList<>(extraProviders);
        calendarsTouched.add(provider.id());
        appointments.lockSchedules(caller.organizationId(), calendarsTouched);
        boolean overbooked = !appointments.overlapping(calendarsTouched, start, start.plus(length), null).isEmpty();
        Appointment appointment = Appointment.book(new Appointment.Booking(caller.organizationId(), provider.id(),
                patient.map(Person::id).orElse(null), type.get().id(), null, contactType, start, length, zone, group,
                overbooked, location, notes, caller.userId(), new LinkedHashSet<>(attendees),
                new LinkedHashSet<>(extraProviders)), clock.instant());
        schedules.insert(appointment, "datetime");
        events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return views.of(appointment);
    }

    /** Reads and checks a checkout's inputs, the caller and the appointment type; books nothing. */
    private Checkout checked(Caller caller, CheckoutRequest request) {
        if (caller.isMember()) {
            throw new ForbiddenException("completeCheckout books for patients; providers and staff use createAppointment");
        }
        Reading reading = request.reading();
        Inputs inputs = new Inputs();
        if (!reading.sent("provider_id")) {
            inputs.problem("provider_id", "can't be blank");
        }
        inputs.report(reading, "provider_id");
        Person provider = request.providerId() == null ? null
                : calendars.provider(inputs, "provider_id", request.providerId(), caller.organizationId()).orElse(null);
        Long organizationId = provider == null ? null : provider.organizationId();
        Optional<AppointmentType> type = Optional.empty();
        if (organizationId != null) {
            inputs.report(reading, "appointment_type_id");
            if (request.appointmentTypeId() == null && !inputs.hasProblem("appointment_type_id")) {
                inputs.problem("appointment_type_id", "can't be blank");
            }
            type = inputsOf.type(inputs, organizationId, request.appointmentTypeId())
                    .filter(t -> BookingInputs.bookableByPatients(inputs, t));
        }
        ContactType contactType = BookingInputs.contactType(inputs, "contact_type", request.contactType(),
                type.orElse(null), true);
        inputs.report(reading, "timezone");
        inputs.report(reading, "date");
        Instant start = request.start() == null ? null
                : inputs.calendarTime("date", request.start().in(BookingInputs.zone(request.timezone(), provider)));
        Optional<Person> self = caller.isAuthenticated() ? people.person(caller.userId()) : Optional.empty();
        if (!caller.isAuthenticated()) {
            inputs.required("first_name", request.firstName());
            inputs.required("last_name", request.lastName());
            inputs.email("email", request.email(), true);
        }
        if (self.isPresent() && type.isPresent() && !type.get().admitsPatientOfGroup(self.get().userGroupId())) {
            inputs.problem("appointment_type_id", NOT_AVAILABLE);
        }
        inputs.check();
        return new Checkout(provider, organizationId, type.orElseThrow(), contactType, start, self);
    }

    /**
     * A patient books an open slot of a provider. A calling patient books for themselves and joins the type's
     * user group. A person without an account books for the patient of that name and email in the provider's
     * organization, whose record stays as it is, or for a patient registered now in the type's user group; the
     * type's group restriction holds for both, judged by the group the patient is in (ADR 16).
     */
    AppointmentView checkOut(Caller caller, CheckoutRequest request) {
        Checkout checkout = checked(caller, request);
        AppointmentType booked = checkout.type();
        Person provider = checkout.provider();
        long organizationId = checkout.organizationId();
        Instant start = checkout.start();
        Optional<Person> self = checkout.self();
        Duration length = Duration.ofMinutes(booked.lengthMinutes());
        Person patient = patientInOpenSlot(caller, request, checkout);
        Caller booker = caller.isAuthenticated() ? caller
                : caller.actingAs(patient.id(), organizationId, Role.PATIENT, caller.privileges());
        Appointment appointment = Appointment.book(new Appointment.Booking(organizationId, provider.id(), patient.id(),
                booked.id(), null, checkout.contactType(), start, length, Calendars.zoneOf(provider), false, false,
                null, null, patient.id(), Set.of(), Set.of()), clock.instant());
        schedules.insert(appointment, "date");
        if (self.isPresent() && booked.userGroupId() != null) {
            people.placeInGroup(caller, organizationId, patient.id(), booked.userGroupId());
        }
        events.publish(booker, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return views.of(appointment);
    }

    /**
     * What {@link #checkOut} would book, refused as it would be, without booking it; a person without an account is
     * found or registered now (the booking finds the same patient by name and email).
     */
    PreparedCheckout prepareCheckOut(Caller caller, CheckoutRequest request) {
        Checkout checkout = checked(caller, request);
        Person patient = patientInOpenSlot(caller, request, checkout);
        return new PreparedCheckout(checkout.organizationId(), patient.id(), checkout.provider().id(),
                checkout.type().id(), checkout.start(), checkout.contactType().key());
    }

    /** Refuses unless the slot is open; answers the calling patient, or the one of that name and email. */
    private Person patientInOpenSlot(Caller caller, CheckoutRequest request, Checkout checkout) {
        AppointmentType booked = checkout.type();
        long organizationId = checkout.organizationId();
        schedules.requireOpenSlot(organizationId, checkout.provider().id(), booked.id(), checkout.start(),
                Duration.ofMinutes(booked.lengthMinutes()), null, "date");
        Person patient = checkout.self().orElseGet(() -> people.patientForBooking(caller, organizationId,
                new BookingPatient(request.firstName(), request.lastName(), request.email(), request.phoneNumber(),
                        request.timezone() == null ? null : request.timezone().getId()), booked.userGroupId()));
        if (checkout.self().isEmpty() && !booked.admitsPatientOfGroup(patient.userGroupId())) {
            throw new InvalidInputException("appointment_type_id", NOT_AVAILABLE);
        }
        return patient;
    }

    /** A checkout whose inputs were read and checked: the slot it names, not yet known to be open. */
    private record Checkout(Person provider, long organizationId, AppointmentType type, ContactType contactType,
                            Instant start, Optional<Person> self) {
    }
}
