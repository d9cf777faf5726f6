package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentQuery;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.BookingWarning;
import org.caregate.scheduling.api.CheckedOut;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.VideoRooms;
import org.caregate.scheduling.api.WarningQuery;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSearch;
import org.caregate.scheduling.domain.AppointmentSettingRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeCredit;
import org.caregate.scheduling.domain.AppointmentTypeCreditRepository;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.BookingConflict;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.PostMeetingStatus;
import org.caregate.scheduling.domain.SchedulingTimes;
import org.caregate.scheduling.domain.SlotFinder;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/**
 * Booking and changing appointments. Every booking or move first locks the calendars it touches, then checks,
 * then writes: two requests for one slot are served one after the other, and the second finds the slot taken.
 */
@Stateless
public class AppointmentFacadeBean implements AppointmentFacade {

    /** What a patient hears when the slot they chose was booked by someone else meanwhile. */
    static final String SLOT_TAKEN = "This time slot is no longer available. Please choose another time.";
    private static final int DEFAULT_PAGE_SIZE = 10;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    AppointmentSettingRepository settings;

    @Inject
    AppointmentTypeCreditRepository credits;

    @Inject
    WaitingRoomRepository rooms;

    @EJB
    VideoRooms videoRooms;

    @Inject
    Calendars calendars;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public AppointmentView createAppointment(Caller caller, NewAppointment request) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Person provider = request.otherPartyId() == null ? self(caller)
                : calendars.provider(inputs, "other_party_id", request.otherPartyId(), caller.organizationId()).orElse(null);
        Optional<AppointmentType> type = type(inputs, caller.organizationId(), request.appointmentTypeId(), true);
        ContactType contactType = contactType(inputs, "contact_type", request.contactType(), type.orElse(null), true);
        Optional<Person> patient = patient(inputs, "user_id", request.userId(), caller.organizationId());
        List<Long> attendees = patients(inputs, "attendee_ids", request.attendeeIds(), caller.organizationId());
        List<Long> extraProviders = providers(inputs, "providers", request.providers(), caller.organizationId());
        boolean group = type.map(AppointmentType::isGroup).orElse(false) || !attendees.isEmpty();
        if (!group && request.userId() == null) {
            inputs.problem("user_id", "is required for a 1:1 appointment (use attendee_ids for a group)");
        }
        if (provider != null && extraProviders.contains(provider.id())) {
            inputs.problem("providers", "must not include the primary provider (other_party_id)");
        }
        String timezone = inputs.timezone("timezone", request.timezone());
        ZoneId zone = zone(timezone, provider);
        Instant start = start(inputs, request.datetime(), request.date(), request.time(), zone, "datetime");
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
        insert(appointment, "datetime");
        events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return view(appointment);
    }

    @Override
    public CheckedOut completeCheckout(Caller caller, CheckoutRequest request) {
        if (caller.isMember()) {
            throw new ForbiddenException("completeCheckout books for patients; providers and staff use createAppointment");
        }
        Inputs inputs = new Inputs();
        if (request.providerId() == null) {
            inputs.problem("provider_id", "can't be blank");
        }
        Person provider = calendars.provider(inputs, "provider_id", request.providerId(), caller.organizationId())
                .orElse(null);
        Long organizationId = provider == null ? null : provider.organizationId();
        Optional<AppointmentType> type = organizationId == null ? Optional.empty()
                : type(inputs, organizationId, request.appointmentTypeId(), true)
                        .filter(t -> bookableByPatients(inputs, t));
        ContactType contactType = contactType(inputs, "contact_type", request.contactType(), type.orElse(null), true);
        String timezone = inputs.timezone("timezone", request.timezone());
        Instant start = start(inputs, request.date(), null, null, zone(timezone, provider), "date");
        Optional<Person> self = caller.isAuthenticated() ? people.person(caller.userId()) : Optional.empty();
        if (!caller.isAuthenticated()) {
            inputs.required("first_name", request.firstName());
            inputs.required("last_name", request.lastName());
            inputs.email("email", request.email(), true);
        }
        if (self.isPresent() && type.isPresent() && !type.get().admitsPatientOfGroup(self.get().userGroupId())) {
            inputs.problem("appointment_type_id", "This appointment type is not available to you");
        }
        inputs.check();

        Duration length = Duration.ofMinutes(type.orElseThrow().lengthMinutes());
        requireOpenSlot(organizationId, provider.id(), type.get().id(), start, length, null, "date");
        Person patient = self.orElseGet(() -> people.patientForBooking(caller, organizationId, new BookingPatient(
                request.firstName(), request.lastName(), request.email(), request.phoneNumber(), timezone)));
        Caller booker = caller.isAuthenticated() ? caller
                : caller.actingAs(patient.id(), organizationId, Role.PATIENT, caller.privileges());
        Appointment appointment = Appointment.book(new Appointment.Booking(organizationId, provider.id(), patient.id(),
                type.get().id(), null, contactType, start, length, Calendars.zoneOf(provider), false, false, null, null,
                patient.id(), Set.of(), Set.of()), clock.instant());
        insert(appointment, "date");
        if (type.get().userGroupId() != null) {
            people.placeInGroup(booker, organizationId, patient.id(), type.get().userGroupId());
        }
        events.publish(booker, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return new CheckedOut(view(appointment), booker);
    }

    @Override
    public AppointmentView appointment(Caller caller, String id, boolean includeDeleted) {
        Access.requireAuthenticated(caller);
        return view(visible(caller, id, includeDeleted && caller.isMember()));
    }

    @Override
    public List<AppointmentView> appointments(Caller caller, AppointmentQuery query) {
        AppointmentSearch search = search(caller, query, true);
        List<AppointmentView> found = new ArrayList<>();
        Map<Long, AppointmentTypeView> typeViews = new HashMap<>();
        for (Appointment appointment : appointments.list(search)) {
            found.add(view(appointment, typeViews));
        }
        return found;
    }

    @Override
    public long appointmentsCount(Caller caller, AppointmentQuery query) {
        return appointments.count(search(caller, query, false));
    }

    @Override
    public AppointmentView updateAppointment(Caller caller, AppointmentChanges changes) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        inputs.requiredId("id", changes.id());
        inputs.check();
        Appointment appointment = visible(caller, changes.id(), false);
        AppointmentView before = view(appointment);
        boolean patient = !caller.isMember();
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
        Person newProvider = null;
        Optional<AppointmentType> newType = Optional.empty();
        ContactType newContactType = null;
        if (patient && (changes.otherPartyId() != null || changes.appointmentTypeId() != null)) {
            inputs.problem("other_party_id", "Patients may change only the time of their appointments");
        } else {
            if (changes.otherPartyId() != null) {
                newProvider = calendars.provider(inputs, "other_party_id", changes.otherPartyId(),
                        caller.organizationId()).orElse(null);
            }
            newType = type(inputs, caller.organizationId(), changes.appointmentTypeId(), false);
        }
        if (changes.contactType() != null) {
            newContactType = contactType(inputs, "contact_type", changes.contactType(), null, false);
        }
        String timezone = inputs.timezone("timezone", changes.timezone());
        boolean moving = changes.datetime() != null || changes.date() != null;
        Instant newStart = moving ? start(inputs, changes.datetime(), changes.date(), changes.time(),
                zone(timezone, newProvider != null ? newProvider : provider), "datetime") : null;
        String location = inputs.optional("location", changes.location());
        String notes = inputs.optional("notes", changes.notes());
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
            move(caller, appointment, start, length, patient);
        }
        appointment.changeLocationAndNotes(location, notes, now);
        appointments.flush();
        AppointmentView after = view(appointment);
        events.publish(caller, new AppointmentEvent(status.map(AppointmentFacadeBean::outcomeAction)
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

    @Override
    public AppointmentView deleteAppointment(Caller caller, String id, Boolean deleteRecurring) {
        Access.requireAuthenticated(caller);
        Appointment appointment = visible(caller, id, false);
        Instant now = clock.instant();
        if (caller.isMember()) {
            appointment.delete("id", now);
            events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.DELETED, appointment.id()));
        } else {
            // cancelled first: a started session is the refusal the patient hears, before the booking rules'
            appointment.cancel("id", now);
            BookingRules rules = appointment.providerId() == null ? BookingRules.DEFAULTS
                    : calendars.rulesFor(appointment.providerId(), appointment.appointmentTypeId());
            String refusal = rules.refusalToCancel(appointment.startsAt(), now);
            if (refusal != null) {
                throw new InvalidInputException("id", refusal);
            }
            events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CANCELLED, appointment.id()));
        }
        return view(appointment);
    }

    @Override
    public List<String> nextAppointmentDates(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        Instant now = clock.instant();
        List<String> dates = new ArrayList<>();
        for (Long userId : userIds) {
            boolean visible = caller.isMember() || userId.equals(caller.userId());
            dates.add(visible ? appointments.list(new AppointmentSearch(caller.organizationId(), userId,
                            AppointmentSearch.When.FUTURE, AppointmentSearch.Statuses.ACTIVE,
                            AppointmentSearch.Order.DATE_ASC, now, null, 0, 1)).stream().findFirst()
                    .map(a -> SchedulingTimes.appointmentDate(a.startsAt())).orElse(null)
                    : null);
        }
        return dates;
    }

    @Override
    public List<BookingWarning> appointmentBookingWarnings(Caller caller, WarningQuery query) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Person provider = query.providerId() == null ? self(caller)
                : calendars.provider(inputs, "provider_id", query.providerId(), caller.organizationId()).orElse(null);
        Optional<AppointmentType> type = type(inputs, caller.organizationId(), query.appointmentTypeId(), false);
        if (query.appointmentTypeId() == null && query.lengthInMinutes() == null) {
            inputs.problem("appointment_type_id", "Either appointment_type_id or length_in_minutes is required");
        }
        if (query.lengthInMinutes() != null && (query.lengthInMinutes() < 1 || query.lengthInMinutes() > 1440)) {
            inputs.problem("length_in_minutes", "must be between 1 and 1440");
        }
        List<Long> attendees = patients(inputs, "attendee_ids", query.attendeeIds(), caller.organizationId());
        if (!attendees.isEmpty() && query.appointmentTypeId() == null) {
            inputs.problem("appointment_type_id", "is required when attendee_ids are given");
        }
        List<Long> extraProviders = providers(inputs, "additional_provider_ids", query.additionalProviderIds(),
                caller.organizationId());
        Long currentId = inputs.id("current_appt_id", query.currentApptId());
        inputs.id("recurring_appt_id", query.recurringApptId());
        String timezone = inputs.timezone("timezone", query.timezone());
        ZoneId zone = zone(timezone, provider);
        Instant start = start(inputs, null, query.date(), query.time(), zone, "date");
        int repeats = 1;
        Repetition repetition = null;
        if (Boolean.TRUE.equals(query.isRepeating())) {
            repetition = Repetition.named(query.repeatInterval());
            if (repetition == null) {
                inputs.problem("repeat_interval", "must be one of Weekly, Biweekly, Monthly, Every 4 Weeks");
            }
            repeats = query.repeatTimes() == null ? 1 : query.repeatTimes();
            if (repeats < 1 || repeats > 104) {
                inputs.problem("repeat_times", "must be between 1 and 104");
            }
        }
        inputs.check();

        Duration length = type.map(t -> Duration.ofMinutes(t.lengthMinutes()))
                .orElseGet(() -> Duration.ofMinutes(query.lengthInMinutes()));
        List<Long> calendarsSearched = new ArrayList<>(extraProviders);
        calendarsSearched.add(0, provider.id());
        List<String> issues = new ArrayList<>();
        List<String> issueIds = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        ZonedDateTime occurrence = start.atZone(zone);
        for (int i = 0; i < repeats; i++) {
            Instant from = occurrence.toInstant();
            for (Appointment conflict : appointments.overlapping(calendarsSearched, from, from.plus(length), currentId)) {
                if (seen.add(conflict.id())) {
                    String name = conflict.appointmentTypeId() == null ? "Appointment"
                            : types.find(caller.organizationId(), conflict.appointmentTypeId()).map(AppointmentType::name)
                                    .orElse("Appointment");
                    issues.add(name + " - " + SchedulingTimes.warningTime(conflict.startsAt(), zone));
                    issueIds.add(conflict.id().toString());
                }
            }
            occurrence = repetition == null ? occurrence : repetition.next(occurrence);
        }
        List<BookingWarning> warnings = new ArrayList<>();
        if (!issues.isEmpty()) {
            warnings.add(new BookingWarning("Event Conflicts", "Existing event(s) for the provider conflict with this one."
                    + " Would you like to book this event anyway?", issues, issueIds));
        }
        List<String> deficits = new ArrayList<>();
        List<String> deficitIds = new ArrayList<>();
        for (Person attendee : people.people(attendees)) {
            long typeId = type.orElseThrow().id();
            int total = credits.find(attendee.id(), typeId).map(AppointmentTypeCredit::totalCredits).orElse(0);
            if (total - appointments.activeCountOfType(attendee.id(), typeId) < repeats) {
                deficits.add(attendee.fullName());
                deficitIds.add(Long.toString(attendee.id()));
            }
        }
        if (!deficits.isEmpty()) {
            warnings.add(new BookingWarning("Credit Deficits", "The following clients do not have enough credits for"
                    + " this appointment type. Would you like to book this event anyway?", deficits, deficitIds));
        }
        return warnings;
    }

    @Override
    public AppointmentView bookIntoWaitingRoom(Caller caller, long patientId, EhrAppointment visit) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String roomName = inputs.required("waitingRoom", visit.waitingRoom());
        Optional<WaitingRoom> room = roomName == null ? Optional.empty() : rooms.named(caller.organizationId(), roomName);
        if (roomName != null && room.isEmpty()) {
            inputs.problem("waitingRoom", "Waiting room not found");
        }
        Integer duration = duration(inputs, visit.duration());
        String externalId = inputs.optional("externalId", visit.externalId());
        if (externalId != null && appointments.findByExternalId(caller.organizationId(), externalId).isPresent()) {
            inputs.problem("externalId", "is already used by another appointment");
        }
        String accountNumber = inputs.optional("accountNumber", visit.accountNumber());
        String episode = inputs.optional("episodeOfCareId", visit.episodeOfCareId());
        List<String> reasons = reasons(inputs, visit.reasons());
        Instant now = clock.instant();
        Instant start = visit.date() == null ? now : unixTime(inputs, "date", visit.date());
        inputs.check();

        Duration length = duration != null ? Duration.ofSeconds(duration) : room.get().slotDuration();
        List<Long> staff = room.get().providerIds();
        appointments.lockSchedules(caller.organizationId(), staff);
        Optional<Long> provider = calendars.calendars(staff, null, start, start.plus(length), null).stream()
                .filter(calendar -> SlotFinder.isFree(calendar, start, length))
                .map(SlotFinder.ProviderCalendar::providerId).findFirst();
        ZoneId zone = provider.flatMap(people::person).map(Calendars::zoneOf).orElse(SchedulingTimes.UTC);
        Appointment appointment = Appointment.book(new Appointment.Booking(caller.organizationId(), provider.orElse(null),
                patientId, null, room.get().id(), ContactType.VIDEO_CHAT, start, length, zone, false, false, null, null,
                caller.userId(), Set.of(), Set.of()), now);
        appointment.describeForEhr(reasons, externalId, accountNumber, episode, now);
        insert(appointment, "date");
        videoRooms.openFor(appointment.organizationId(), appointment.id());
        events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return view(appointment);
    }

    @Override
    public AppointmentView changeForEhr(Caller caller, String id, EhrAppointment changes) {
        Access.requireMember(caller);
        Appointment appointment = visible(caller, id, false);
        AppointmentView before = view(appointment);
        Inputs inputs = new Inputs();
        Integer duration = duration(inputs, changes.duration());
        Instant start = changes.date() == null ? null : unixTime(inputs, "date", changes.date());
        String status = inputs.optional("status", changes.status());
        if (status != null && !status.equalsIgnoreCase("cancelled")) {
            inputs.problem("status", "only \"cancelled\" may be set");
        }
        String externalId = inputs.optional("externalId", changes.externalId());
        if (externalId != null && appointments.findByExternalId(caller.organizationId(), externalId)
                .filter(other -> !other.id().equals(appointment.id())).isPresent()) {
            inputs.problem("externalId", "is already used by another appointment");
        }
        String accountNumber = inputs.optional("accountNumber", changes.accountNumber());
        List<String> reasons = reasons(inputs, changes.reasons());
        inputs.check();

        Instant now = clock.instant();
        if (start != null || duration != null) {
            move(caller, appointment, start != null ? start : appointment.startsAt(),
                    duration != null ? Duration.ofSeconds(duration) : appointment.length(), false);
        }
        appointment.describeForEhr(reasons, externalId, accountNumber, null, now);
        if (status != null) {
            appointment.cancel("status", now);
        }
        appointments.flush();
        AppointmentView after = view(appointment);
        AppointmentEvent.Action action = status != null ? AppointmentEvent.Action.CANCELLED
                : start != null || duration != null ? AppointmentEvent.Action.RESCHEDULED : AppointmentEvent.Action.UPDATED;
        events.publish(caller, new AppointmentEvent(action, appointment.id(), ChangedFields.between(before, after)));
        return after;
    }

    /**
     * Moves an appointment under the calendar lock. A patient may move only into an open slot; staff may move
     * anywhere, and a move over another appointment is then an overbooking on purpose. The appointment itself
     * refuses (on {@code datetime}) once its video session has started.
     */
    private void move(Caller caller, Appointment appointment, Instant start, Duration length, boolean patient) {
        if (appointment.providerId() == null) {
            appointment.reschedule(start, length, false, "datetime", clock.instant());
            return;
        }
        List<Long> touched = new ArrayList<>(appointment.additionalProviderIds());
        touched.add(appointment.providerId());
        if (patient) {
            requireOpenSlot(caller.organizationId(), appointment.providerId(), appointment.appointmentTypeId(), start,
                    length, appointment.id(), "datetime");
            appointment.reschedule(start, length, false, "datetime", clock.instant());
            return;
        }
        appointments.lockSchedules(caller.organizationId(), touched);
        boolean overbooked = !appointments.overlapping(touched, start, start.plus(length), appointment.id()).isEmpty();
        appointment.reschedule(start, length, overbooked, "datetime", clock.instant());
    }

    /** Locks the provider's calendar and refuses unless {@code start} is one of its open slots for a patient. */
    private void requireOpenSlot(long organizationId, long providerId, Long typeId, Instant start, Duration length,
                                 Long exceptAppointmentId, String field) {
        appointments.lockSchedules(organizationId, List.of(providerId));
        SlotFinder.ProviderCalendar calendar = calendars.calendars(List.of(providerId), typeId, start,
                start.plus(length), exceptAppointmentId).get(0);
        if (!SlotFinder.offers(calendar, start, length, calendar.rules().earliestSelfBookedStart(clock.instant()))) {
            throw new InvalidInputException(field, SLOT_TAKEN);
        }
    }

    /** Inserts now, so that the database's no-double-booking constraint speaks inside this request. */
    private void insert(Appointment appointment, String field) {
        try {
            appointments.add(appointment);
            appointments.flush();
        } catch (BookingConflict e) {
            throw e.rule() == BookingConflict.Rule.TIME_TAKEN ? new InvalidInputException(field, SLOT_TAKEN)
                    : new InvalidInputException("externalId", "is already used by another appointment");
        }
    }

    private AppointmentSearch search(Caller caller, AppointmentQuery query, boolean paged) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        Long userId = inputs.id("user_id", query.userId());
        AppointmentSearch.When when = AppointmentSearch.When.FUTURE;
        if (query.filter() != null && !query.filter().isBlank()) {
            Optional<AppointmentSearch.When> named = AppointmentSearch.When.named(query.filter());
            if (named.isEmpty()) {
                inputs.problem("filter", "must be one of future, upcoming, past, ended, didnt-occur, all");
            }
            when = named.orElse(when);
        }
        AppointmentSearch.Order order = when == AppointmentSearch.When.FUTURE ? AppointmentSearch.Order.DATE_ASC
                : AppointmentSearch.Order.DATE_DESC;
        if (query.orderBy() != null && !query.orderBy().isBlank()) {
            try {
                order = AppointmentSearch.Order.valueOf(query.orderBy().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                inputs.problem("order_by", "must be one of DATE_ASC, DATE_DESC, CREATED_AT_ASC, CREATED_AT_DESC");
            }
        }
        int pageSize = query.pageSize() == null ? DEFAULT_PAGE_SIZE : query.pageSize();
        if (pageSize < 1 || pageSize > 1000) {
            inputs.problem("page_size", "must be between 1 and 1000");
        }
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        Long after = inputs.id("after", query.after());
        inputs.check();

        Long participant;
        if (!caller.isMember()) {
            participant = caller.userId();
        } else if (userId != null) {
            participant = people.person(userId).filter(p -> p.organizationId() == caller.organizationId())
                    .map(Person::id).orElseThrow(() -> new NotFoundException("User"));
        } else {
            participant = Boolean.TRUE.equals(query.isOrg()) ? null : caller.userId();
        }
        AppointmentSearch.Statuses statuses = AppointmentSearch.Statuses.NOT_CANCELLED;
        if (Boolean.TRUE.equals(query.withAllStatuses())) {
            statuses = AppointmentSearch.Statuses.ALL;
        } else if ("didnt-occur".equalsIgnoreCase(query.filter() == null ? "" : query.filter().strip())) {
            statuses = AppointmentSearch.Statuses.DID_NOT_OCCUR;
        } else if (Boolean.TRUE.equals(query.isActive())) {
            statuses = AppointmentSearch.Statuses.ACTIVE;
        }
        boolean paginate = paged && Boolean.TRUE.equals(query.shouldPaginate());
        return new AppointmentSearch(caller.organizationId(), participant, when, statuses, order, clock.instant(),
                paged ? after : null, paginate ? offset : 0, paginate || (paged && after != null) ? pageSize : null);
    }

    private Appointment visible(Caller caller, String id, boolean includeDeleted) {
        Inputs inputs = new Inputs();
        Long appointmentId = inputs.requiredId("id", id);
        inputs.check();
        return appointments.find(caller.organizationId(), appointmentId, includeDeleted)
                .filter(a -> caller.isMember() || a.involves(caller.userId()))
                .orElseThrow(() -> new NotFoundException("Appointment"));
    }

    private AppointmentView view(Appointment appointment) {
        return view(appointment, new HashMap<>());
    }

    private AppointmentView view(Appointment appointment, Map<Long, AppointmentTypeView> typeViews) {
        AppointmentTypeView type = appointment.appointmentTypeId() == null ? null
                : typeViews.computeIfAbsent(appointment.appointmentTypeId(), typeId -> types
                        .find(appointment.organizationId(), typeId)
                        .map(t -> SchedulingViews.of(t, settings.ofAppointmentType(t.id()).orElse(null))).orElse(null));
        return SchedulingViews.of(appointment, type);
    }

    private Person self(Caller caller) {
        return people.person(caller.userId()).orElseThrow(() -> new NotFoundException("Provider"));
    }

    private Optional<AppointmentType> type(Inputs inputs, long organizationId, String id, boolean required) {
        Long typeId = required ? inputs.requiredId("appointment_type_id", id) : inputs.id("appointment_type_id", id);
        if (typeId == null) {
            return Optional.empty();
        }
        Optional<AppointmentType> type = types.find(organizationId, typeId).filter(t -> !t.isRetired());
        if (type.isEmpty()) {
            inputs.problem("appointment_type_id", "Appointment type not found");
        }
        return type;
    }

    private static boolean bookableByPatients(Inputs inputs, AppointmentType type) {
        if (!type.clientsCanBook()) {
            inputs.problem("appointment_type_id", "This appointment type can't be booked by clients");
            return false;
        }
        return true;
    }

    private static ContactType contactType(Inputs inputs, String field, String name, AppointmentType type,
                                           boolean required) {
        if (name == null || name.isBlank()) {
            if (required) {
                inputs.problem(field, "can't be blank");
            }
            return null;
        }
        Optional<ContactType> contactType = ContactType.named(name);
        if (contactType.isEmpty()) {
            inputs.problem(field, "must be one of Healthie Video Call, In Person, Phone Call");
            return null;
        }
        if (type != null && !type.offers(contactType.get())) {
            inputs.problem(field, "is not offered for this appointment type");
        }
        return contactType.get();
    }

    private Optional<Person> patient(Inputs inputs, String field, String id, long organizationId) {
        Long patientId = inputs.id(field, id);
        if (patientId == null) {
            return Optional.empty();
        }
        Optional<Person> patient = people.person(patientId)
                .filter(p -> p.isPatient() && p.organizationId() == organizationId);
        if (patient.isEmpty()) {
            inputs.problem(field, "Client not found");
        }
        return patient;
    }

    private List<Long> patients(Inputs inputs, String field, String commaSeparated, long organizationId) {
        List<Long> ids = new ArrayList<>();
        for (String id : split(commaSeparated)) {
            patient(inputs, field, id, organizationId).ifPresent(p -> ids.add(p.id()));
        }
        return ids;
    }

    private List<Long> providers(Inputs inputs, String field, String commaSeparated, long organizationId) {
        List<Long> ids = new ArrayList<>();
        for (String id : split(commaSeparated)) {
            calendars.provider(inputs, field, id, organizationId).ifPresent(p -> ids.add(p.id()));
        }
        return ids;
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static ZoneId zone(String timezone, Person provider) {
        if (timezone != null) {
            return ZoneId.of(timezone);
        }
        return provider == null ? SchedulingTimes.UTC : Calendars.zoneOf(provider);
    }

    /** A start from {@code datetime}, or from {@code date} ("July 11, 2024") and {@code time} ("12 00"). */
    private static Instant start(Inputs inputs, String datetime, String date, String time, ZoneId zone, String field) {
        if (datetime != null && !datetime.isBlank()) {
            Optional<Instant> instant = SchedulingTimes.instant(datetime, zone);
            if (instant.isEmpty()) {
                inputs.problem(field, "must be a date and time such as \"2021-10-10 10:00:00\" or ISO 8601");
            }
            return instant.orElse(null);
        }
        if (date == null || date.isBlank()) {
            inputs.problem(field, "can't be blank");
            return null;
        }
        Optional<Instant> instant = SchedulingTimes.instant(date, zone);
        if (instant.isPresent()) {
            return instant.get();
        }
        Optional<LocalDate> day = SchedulingTimes.date(date);
        Optional<LocalTime> at = SchedulingTimes.timeOfDay(time);
        if (day.isEmpty()) {
            inputs.problem("date", "must be a date such as \"May 23, 2024\" or a date and time");
        }
        if (at.isEmpty()) {
            inputs.problem("time", "must be a time as \"HH MM\" in 24-hour form");
        }
        return day.isPresent() && at.isPresent() ? ZonedDateTime.of(day.get(), at.get(), zone).toInstant() : null;
    }

    private static Integer duration(Inputs inputs, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 86_400)) {
            inputs.problem("duration", "should be in range [1, 86400]");
            return null;
        }
        return seconds;
    }

    private static Instant unixTime(Inputs inputs, String field, long seconds) {
        if (seconds < 0 || seconds > 253_402_300_799L) {
            inputs.problem(field, "must be a Unix timestamp in seconds");
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static List<String> reasons(Inputs inputs, List<String> reasons) {
        if (reasons == null) {
            return null;
        }
        List<String> checked = new ArrayList<>();
        for (String reason : reasons) {
            String text = inputs.optional("reasons", reason);
            if (text != null) {
                checked.add(text);
            }
        }
        return checked;
    }

    /** The repeat intervals a booking warning search accepts. */
    private enum Repetition {
        WEEKLY, BIWEEKLY, MONTHLY, EVERY_4_WEEKS;

        static Repetition named(String name) {
            if (name == null) {
                return null;
            }
            return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "weekly" -> WEEKLY;
                case "biweekly" -> BIWEEKLY;
                case "monthly" -> MONTHLY;
                case "every 4 weeks" -> EVERY_4_WEEKS;
                default -> null;
            };
        }

        ZonedDateTime next(ZonedDateTime occurrence) {
            return switch (this) {
                case WEEKLY -> occurrence.plusWeeks(1);
                case BIWEEKLY -> occurrence.plusWeeks(2);
                case MONTHLY -> occurrence.plusMonths(1);
                case EVERY_4_WEEKS -> occurrence.plusWeeks(4);
            };
        }
    }
}
