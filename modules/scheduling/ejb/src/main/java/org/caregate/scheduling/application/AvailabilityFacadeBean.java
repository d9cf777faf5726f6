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
        Inputs inputs = new Inputs();
        if (query.oneTime() == null && query.isRepeating() == null) {
            inputs.problem("one_time", "Either one_time or is_repeating must be provided");
        }
        LocalDate from = date(inputs, "startDate", query.startDate());
        LocalDate until = date(inputs, "endDate", query.endDate());
        List<Long> providerIds = new ArrayList<>();
        if (Boolean.TRUE.equals(query.isOrg())) {
            if (query.providerIds() == null || query.providerIds().isEmpty()) {
                people.membersOf(caller.organizationId()).forEach(p -> providerIds.add(p.id()));
            } else {
                for (String id : query.providerIds()) {
                    calendars.provider(inputs, "provider_ids", id, caller.organizationId()).ifPresent(p -> providerIds.add(p.id()));
                }
            }
        } else if (query.providerIds() != null && !query.providerIds().isEmpty()) {
            inputs.problem("is_org", "must be true when provider_ids are given");
        } else if (query.userId() != null) {
            calendars.provider(inputs, "user_id", query.userId(), caller.organizationId()).ifPresent(p -> providerIds.add(p.id()));
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
        Person provider = availability.userId() == null ? self(caller)
                : calendars.provider(inputs, "user_id", availability.userId(), caller.organizationId()).orElse(null);
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
        Availability availability = find(caller, AvailabilityId.parse("id", changes.id()));
        AvailabilityView before = SchedulingViews.of(availability);
        Inputs inputs = new Inputs();
        Person provider = changes.userId() == null ? people.person(availability.providerId()).orElseThrow()
                : calendars.provider(inputs, "user_id", changes.userId(), caller.organizationId()).orElse(null);
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
        Optional<LocalDate> month = SchedulingTimes.date(query.dateFromMonth());
        if (month.isEmpty()) {
            inputs.problem("date_from_month", query.dateFromMonth() == null ? "can't be blank"
                    : "must be a date (YYYY-MM-DD)");
        }
        inputs.check();
        LocalDate first = month.get().withDayOfMonth(1);
        LocalDate today = LocalDate.now(clock.withZone(scope.zone()));
        LocalDate start = first.isBefore(today) ? today : first;
        LocalDate end = first.plusMonths(1);
        TreeSet<String> days = new TreeSet<>();
        if (start.isBefore(end)) {
            for (SlotFinder.Slot slot : slots(scope, start.atStartOfDay(scope.zone()).toInstant(),
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
        LocalDate start = requiredDate(inputs, "start_date", query.startDate());
        LocalDate end = requiredDate(inputs, "end_date", query.endDate());
        LocalDate startBoundary = date(inputs, "start_date_boundary", query.startDateBoundary());
        LocalDate endBoundary = date(inputs, "end_date_boundary", query.endDateBoundary());
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
        return slots(scope, from.atStartOfDay(scope.zone()).toInstant(),
                until.plusDays(1).atStartOfDay(scope.zone()).toInstant()).stream()
                .map(slot -> new SlotView(slot.providerId(), SchedulingTimes.slotDate(slot.start(), scope.zone()),
                        (int) scope.length().toMinutes()))
                .toList();
    }

    private List<SlotFinder.Slot> slots(SlotScope scope, Instant from, Instant until) {
        Instant now = clock.instant();
        List<SlotFinder.ProviderCalendar> open = calendars.calendars(scope.providerIds(), scope.typeId(), from, until,
                scope.rescheduledId());
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
        Optional<Person> provider = calendars.provider(inputs, "provider_id", query.providerId(), caller.organizationId());
        if (query.providerId() == null) {
            inputs.problem("provider_id", "can't be blank");
        }
        Long organizationId = provider.map(Person::organizationId).orElse(null);
        List<Long> providerIds = new ArrayList<>();
        provider.ifPresent(p -> providerIds.add(p.id()));
        if (Boolean.TRUE.equals(query.orgLevel()) && organizationId != null) {
            providerIds.clear();
            if (query.providerIds() == null || query.providerIds().isEmpty()) {
                people.membersOf(organizationId).forEach(p -> providerIds.add(p.id()));
            } else {
                for (String id : query.providerIds()) {
                    calendars.provider(inputs, "provider_ids", id, organizationId).ifPresent(p -> providerIds.add(p.id()));
                }
            }
        }
        Long typeId = inputs.requiredId("appt_type_id", query.apptTypeId());
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
        String timezone = inputs.timezone("timezone", query.timezone());
        Long rescheduledId = inputs.id("appointment_to_reschedule_id", query.appointmentToRescheduleId());
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
        ZoneId zone = timezone != null ? ZoneId.of(timezone) : callerZone(caller).orElse(Calendars.zoneOf(provider.get()));
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

    private static Availability.OpeningHours hours(Inputs inputs, AvailabilityChanges in, Person provider) {
        LocalDate firstDate = requiredDate(inputs, "range_start", in.rangeStart());
        LocalTime start = time(inputs, "time", in.time());
        LocalTime end = time(inputs, "end_time", in.endTime());
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
        String timezone = inputs.timezone("timezone", in.timezone());
        if (firstDate == null || start == null || end == null || !start.isBefore(end) || provider == null
                || inputs.hasProblem("day_of_week") || inputs.hasProblem("timezone")) {
            return null;
        }
        ZoneId zone = timezone != null ? ZoneId.of(timezone) : Calendars.zoneOf(provider);
        int dayOfWeek = repeating ? day : firstDate.getDayOfWeek().getValue() % 7;
        return new Availability.OpeningHours(repeating, dayOfWeek, firstDate, start, end, zone);
    }

    private static LocalTime time(Inputs inputs, String field, String value) {
        if (value == null || value.isBlank()) {
            inputs.problem(field, "can't be blank");
            return null;
        }
        Optional<LocalTime> time = SchedulingTimes.timeOfDay(value);
        if (time.isEmpty()) {
            inputs.problem(field, "must be a time as \"HH MM\" in 24-hour form, e.g. \"07 30\"");
        }
        return time.orElse(null);
    }

    private static LocalDate requiredDate(Inputs inputs, String field, String value) {
        if (value == null || value.isBlank()) {
            inputs.problem(field, "can't be blank");
            return null;
        }
        return date(inputs, field, value);
    }

    private static LocalDate date(Inputs inputs, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = SchedulingTimes.date(value);
        if (date.isEmpty()) {
            inputs.problem(field, "must be a date such as \"August 16, 2022\" or \"2022-08-16\"");
        }
        return date.orElse(null);
    }
}
