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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AvailabilityId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AvailabilityChanges;
import org.caregate.scheduling.api.AvailabilityFacade;
import org.caregate.scheduling.api.AvailabilityQuery;
import org.caregate.scheduling.api.AvailabilityView;
import org.caregate.scheduling.api.SlotQuery;
import org.caregate.scheduling.api.SlotView;
import org.caregate.scheduling.api.event.AvailabilityEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.AvailabilityRepository;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.SchedulingTimes;
import org.caregate.scheduling.domain.SlotFinder;

/** Providers' open hours, and the slot search patients book from. */
@Stateless
public class AvailabilityFacadeBean implements AvailabilityFacade {

    private static final int MAX_SEARCH_DAYS = 62;

    @Inject
    AvailabilityRepository availabilities;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    AppointmentRepository appointments;

    @Inject
    Calendars calendars;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public AvailabilityView availability(Caller caller, AvailabilityId id) {
        Access.requireMember(caller);
        return SchedulingViews.of(find(caller, id));
    }

    @Override
    public List<AvailabilityView> availabilities(Caller caller, AvailabilityQuery query) {
        Access.requireMember(caller);
        Reading reading = query.reading();
        Inputs inputs = new Inputs();
        if (query.oneTime() == null && query.isRepeating() == null) {
            inputs.problem("one_time", "Either one_time or is_repeating must be provided");
        }
        inputs.report(reading, "startDate");
        LocalDate from = inputs.calendarDate("startDate", query.from());
        inputs.report(reading, "endDate");
        LocalDate until = inputs.calendarDate("endDate", query.until());
        List<Long> providerIds = new ArrayList<>();
        if (Boolean.TRUE.equals(query.isOrg())) {
            if (!reading.sent("provider_ids")) {
                people.membersOf(caller.organizationId()).forEach(p -> providerIds.add(p.id()));
            } else {
                providerIds.addAll(calendars.providers(inputs, reading, "provider_ids", query.providerIds(),
                        caller.organizationId()));
            }
        } else if (reading.sent("provider_ids")) {
            inputs.problem("is_org", "must be true when provider_ids are given");
        } else if (reading.sent("user_id")) {
            inputs.report(reading, "user_id");
            if (query.providerId() != null) {
                calendars.provider(inputs, "user_id", query.providerId(), caller.organizationId())
                        .ifPresent(p -> providerIds.add(p.id()));
            }
        } else {
            providerIds.add(caller.userId());
        }
        if (query.dayOfWeek() != null && (query.dayOfWeek() < 0 || query.dayOfWeek() > 6)) {
            inputs.problem("day_of_week", "must be between 0 (Sunday) and 6 (Saturday)");
        }
        inputs.check();
        if (Boolean.FALSE.equals(query.showAvailability())) {
            return List.of();
        }
        boolean oneTimes = Boolean.TRUE.equals(query.oneTime()) || (query.oneTime() == null && Boolean.FALSE.equals(query.isRepeating()));
        boolean repeating = Boolean.TRUE.equals(query.isRepeating()) || Boolean.TRUE.equals(query.includeRepeating());
        return availabilities.ofProviders(providerIds).stream()
                .filter(a -> a.repeating() ? repeating : oneTimes)
                .filter(a -> query.dayOfWeek() == null || a.dayOfWeek() == query.dayOfWeek())
                .filter(a -> a.repeating() || from == null || !a.rangeStart().isBefore(from))
                .filter(a -> a.repeating() || until == null || a.rangeStart().isBefore(until))
                .map(SchedulingViews::of).toList();
    }

    @Override
    public AvailabilityView createAvailability(Caller caller, AvailabilityChanges availability) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Person provider = availability.reading().sent("user_id")
                ? provider(caller, inputs, availability) : self(caller);
        Availability.OpeningHours hours = hours(inputs, availability, provider);
        inputs.check();
        Availability created = Availability.open(caller.organizationId(), provider.id(), hours, clock.instant());
        availabilities.add(created);
        events.publish(caller, AvailabilityEvent.of(AvailabilityEvent.Action.CREATED, created.id()));
        return SchedulingViews.of(created);
    }

    @Override
    public AvailabilityView editAvailability(Caller caller, AvailabilityChanges changes) {
        Access.requireMember(caller);
        Availability availability = find(caller, changes.id());
        AvailabilityView before = SchedulingViews.of(availability);
        Inputs inputs = new Inputs();
        Person provider = changes.reading().sent("user_id") ? provider(caller, inputs, changes)
                : people.person(availability.providerId()).orElseThrow();
        Availability.OpeningHours hours = hours(inputs, changes, provider);
        inputs.check();
        availability.change(provider.id(), hours, clock.instant());
        AvailabilityView after = SchedulingViews.of(availability);
        events.publish(caller, new AvailabilityEvent(AvailabilityEvent.Action.UPDATED, availability.id(),
                ChangedFields.between(before, after)));
        return after;
    }

    @Override
    public AvailabilityView deleteAvailability(Caller caller, AvailabilityId id) {
        Access.requireMember(caller);
        Availability availability = find(caller, id);
        AvailabilityView view = SchedulingViews.of(availability);
        availabilities.remove(availability);
        events.publish(caller, AvailabilityEvent.of(AvailabilityEvent.Action.DELETED, availability.id()));
        return view;
    }

    @Override
    public List<String> daysAvailableForRange(Caller caller, SlotQuery query) {
        Inputs inputs = new Inputs();
        SlotScope scope = scope(caller, inputs, query);
        inputs.report(query.reading(), "date_from_month");
        inputs.calendarDate("date_from_month", query.dateFromMonth());
        inputs.check();
        LocalDate first = query.dateFromMonth().withDayOfMonth(1);
        LocalDate today = LocalDate.now(clock.withZone(scope.zone()));
        LocalDate start = first.isBefore(today) ? today : first;
        LocalDate end = first.plusMonths(1);
        TreeSet<String> days = new TreeSet<>();
        if (start.isBefore(end)) {
            for (SlotFinder.Slot slot : slots(scope, "date_from_month", start.atStartOfDay(scope.zone()).toInstant(),
                    end.atStartOfDay(scope.zone()).toInstant())) {
                days.add(slot.start().atZone(scope.zone()).toLocalDate().toString());
            }
        }
        return List.copyOf(days);
    }

    @Override
    public List<SlotView> availableSlotsForRange(Caller caller, SlotQuery query) {
        Inputs inputs = new Inputs();
        SlotScope scope = scope(caller, inputs, query);
        Reading reading = query.reading();
        inputs.report(reading, "start_date");
        LocalDate start = inputs.calendarDate("start_date", query.startDate());
        inputs.report(reading, "end_date");
        LocalDate end = inputs.calendarDate("end_date", query.endDate());
        inputs.report(reading, "start_date_boundary");
        LocalDate startBoundary = inputs.calendarDate("start_date_boundary", query.startDateBoundary());
        inputs.report(reading, "end_date_boundary");
        LocalDate endBoundary = inputs.calendarDate("end_date_boundary", query.endDateBoundary());
        if (start != null && end != null && end.isBefore(start)) {
            inputs.problem("end_date", "must not be before start_date");
        }
        if (start != null && end != null && start.plusDays(MAX_SEARCH_DAYS).isBefore(end)) {
            inputs.problem("end_date", "must be at most " + MAX_SEARCH_DAYS + " days after start_date");
        }
        inputs.check();
        LocalDate from = startBoundary != null && startBoundary.isAfter(start) ? startBoundary : start;
        LocalDate until = endBoundary != null && endBoundary.isBefore(end) ? endBoundary : end;
        if (until.isBefore(from)) {
            return List.of();
        }
        return slots(scope, "end_date", from.atStartOfDay(scope.zone()).toInstant(),
                until.plusDays(1).atStartOfDay(scope.zone()).toInstant()).stream()
                .map(slot -> new SlotView(slot.providerId(), SchedulingTimes.slotDate(slot.start(), scope.zone()),
                        (int) scope.length().toMinutes()))
                .toList();
    }

    private List<SlotFinder.Slot> slots(SlotScope scope, String rangeField, Instant from, Instant until) {
        Instant now = clock.instant();
        List<SlotFinder.ProviderCalendar> open = calendars.calendars(scope.providerIds(), scope.typeId(), from, until,
                scope.rescheduledId());
        SlotSearchLimit.require(rangeField, open, new SlotFinder.Search(from, until, scope.length(), now));
        List<SlotFinder.Slot> found = new ArrayList<>();
        for (SlotFinder.ProviderCalendar calendar : open) {
            Instant notBefore = scope.member() ? now : calendar.rules().earliestSelfBookedStart(now);
            found.addAll(SlotFinder.slots(List.of(calendar), new SlotFinder.Search(from, until, scope.length(), notBefore)));
        }
        found.sort(java.util.Comparator.comparing(SlotFinder.Slot::start).thenComparing(SlotFinder.Slot::providerId));
        return found;
    }

    /** Which calendars a slot search looks at, for which appointment length, in which zone. */
    private record SlotScope(List<Long> providerIds, Long typeId, Duration length, ZoneId zone, Long rescheduledId,
                             boolean member) {
    }

    /** The scope of a slot search, or {@code null} after recording what is wrong with the query. */
    private SlotScope scope(Caller caller, Inputs inputs, SlotQuery query) {
        Reading reading = query.reading();
        inputs.report(reading, "provider_id");
        Optional<Person> provider = query.providerId() == null ? Optional.empty()
                : calendars.provider(inputs, "provider_id", query.providerId(), caller.organizationId());
        if (!reading.sent("provider_id")) {
            inputs.problem("provider_id", "can't be blank");
        }
        Long organizationId = provider.map(Person::organizationId).orElse(null);
        List<Long> providerIds = new ArrayList<>();
        provider.ifPresent(p -> providerIds.add(p.id()));
        if (Boolean.TRUE.equals(query.orgLevel()) && organizationId != null) {
            providerIds.clear();
            if (!reading.sent("provider_ids")) {
                people.membersOf(organizationId).forEach(p -> providerIds.add(p.id()));
            } else {
                providerIds.addAll(calendars.providers(inputs, reading, "provider_ids", query.providerIds(),
                        organizationId));
            }
        }
        inputs.report(reading, "appt_type_id");
        if (query.appointmentTypeId() == null && !inputs.hasProblem("appt_type_id")) {
            inputs.problem("appt_type_id", "can't be blank");
        }
        Long typeId = query.appointmentTypeId() == null ? null : query.appointmentTypeId().value();
        Optional<AppointmentType> type = typeId == null || organizationId == null ? Optional.empty()
                : types.find(organizationId, typeId).filter(t -> !t.isRetired())
                        .filter(t -> caller.isMember() || t.clientsCanBook());
        if (typeId != null && organizationId != null && type.isEmpty()) {
            inputs.problem("appt_type_id", "Appointment type not found");
        }
        if (query.contactType() != null && type.isPresent()) {
            Optional<ContactType> contactType = ContactType.named(query.contactType());
            if (contactType.isEmpty() || !type.get().offers(contactType.get())) {
                inputs.problem("contact_type", "is not offered for this appointment type");
            }
        }
        inputs.report(reading, "timezone");
        inputs.report(reading, "appointment_to_reschedule_id");
        Long rescheduledId = query.appointmentToRescheduleId() == null ? null
                : query.appointmentToRescheduleId().value();
        if (rescheduledId != null && organizationId != null) {
            Optional<Appointment> rescheduled = appointments.find(organizationId, rescheduledId, false)
                    .filter(a -> caller.isAuthenticated() && caller.organizationId() == a.organizationId())
                    .filter(a -> caller.isMember() || a.involves(caller.userId()));
            if (rescheduled.isEmpty()) {
                inputs.problem("appointment_to_reschedule_id", "Appointment not found");
            }
        }
        if (inputs.hasProblems()) {
            return null;
        }
        ZoneId zone = query.timezone() != null ? query.timezone()
                : callerZone(caller).orElse(Calendars.zoneOf(provider.get()));
        return new SlotScope(providerIds, typeId, Duration.ofMinutes(type.get().lengthMinutes()), zone, rescheduledId,
                caller.isMember());
    }

    /** A signed-in patient's own time zone, which Healthie uses by default. */
    private Optional<ZoneId> callerZone(Caller caller) {
        if (!caller.isAuthenticated()) {
            return Optional.empty();
        }
        return people.person(caller.userId()).filter(p -> p.timezone() != null).map(Calendars::zoneOf);
    }

    private Availability find(Caller caller, AvailabilityId id) {
        return availabilities.find(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException("Availability"));
    }

    private Person self(Caller caller) {
        return people.person(caller.userId()).orElseThrow(() -> new NotFoundException("Provider"));
    }

    /** The provider the request names (none when it names one unreadably), recorded when there is none. */
    private Person provider(Caller caller, Inputs inputs, AvailabilityChanges in) {
        inputs.report(in.reading(), "user_id");
        return in.providerId() == null ? null
                : calendars.provider(inputs, "user_id", in.providerId(), caller.organizationId()).orElse(null);
    }

    private static Availability.OpeningHours hours(Inputs inputs, AvailabilityChanges in, Person provider) {
        Reading reading = in.reading();
        inputs.report(reading, "range_start");
        LocalDate firstDate = inputs.calendarDate("range_start", in.rangeStart());
        inputs.report(reading, "time");
        LocalTime start = in.start();
        inputs.report(reading, "end_time");
        LocalTime end = in.end();
        boolean repeating = Boolean.TRUE.equals(in.isRepeating());
        Integer day = in.dayOfWeek();
        if (day != null && (day < 0 || day > 6)) {
            inputs.problem("day_of_week", "must be between 0 (Sunday) and 6 (Saturday)");
        }
        if (repeating && day == null) {
            inputs.problem("day_of_week", "is required for a repeating availability");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            inputs.problem("end_time", "must be after time");
        }
        inputs.report(reading, "timezone");
        if (firstDate == null || start == null || end == null || !start.isBefore(end) || provider == null
                || inputs.hasProblem("day_of_week") || inputs.hasProblem("timezone")) {
            return null;
        }
        ZoneId zone = in.timezone() != null ? in.timezone() : Calendars.zoneOf(provider);
        int dayOfWeek = repeating ? day : firstDate.getDayOfWeek().getValue() % 7;
        return new Availability.OpeningHours(repeating, dayOfWeek, firstDate, start, end, zone);
    }
}
