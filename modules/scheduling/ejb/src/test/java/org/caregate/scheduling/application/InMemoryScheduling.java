package org.caregate.scheduling.application;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.scheduling.api.EpisodeCheck;
import org.caregate.scheduling.api.VideoRooms;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSearch;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentSettingRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeCredit;
import org.caregate.scheduling.domain.AppointmentTypeCreditRepository;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.AvailabilityRepository;
import org.caregate.scheduling.domain.SlotFinder.BusyPeriod;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/**
 * Scheduling's facades wired to in-memory repositories and a people directory, at a fixed "now", so that the
 * use cases can be tested without a container. Searches implement only what the tests here use.
 */
final class InMemoryScheduling {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final long ORGANIZATION = 1;

    final List<String> audit = new ArrayList<>();
    final Map<Long, Person> people = new LinkedHashMap<>();
    final Types types = new Types();
    final Settings settings = new Settings();
    final Availabilities availabilities = new Availabilities();
    final Appointments appointments = new Appointments();
    final Credits credits = new Credits();
    final Rooms rooms = new Rooms();
    final Directory directory = new Directory();
    final OpenedRooms videoRooms = new OpenedRooms();
    final KnownEpisodes episodes = new KnownEpisodes();
    private long nextId = 1000;

    final AppointmentFacadeBean booking = new AppointmentFacadeBean();
    final AvailabilityFacadeBean availability = new AvailabilityFacadeBean();
    final AppointmentTypeFacadeBean typesFacade = new AppointmentTypeFacadeBean();
    final WaitingRoomFacadeBean waitingRooms = new WaitingRoomFacadeBean();

    InMemoryScheduling() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Calendars calendars = new Calendars();
        calendars.availabilities = availabilities;
        calendars.appointments = appointments;
        calendars.settings = settings;
        calendars.people = directory;
        AuditTrail auditTrail = (caller, action, type, target) -> audit.add(action + " " + target);
        EventPublisher events = (caller, event) -> auditTrail.record(caller, event.type().name(), event.resourceType(),
                event.resourceId());
        wireAppointments(calendars, events, clock);
        availability.availabilities = availabilities;
        availability.types = types;
        availability.appointments = appointments;
        availability.calendars = calendars;
        availability.people = directory;
        availability.events = events;
        availability.clock = clock;
        typesFacade.types = types;
        typesFacade.settings = settings;
        typesFacade.credits = credits;
        typesFacade.appointments = appointments;
        typesFacade.people = directory;
        typesFacade.calendars = calendars;
        typesFacade.audit = auditTrail;
        typesFacade.events = events;
        typesFacade.clock = clock;
        waitingRooms.rooms = rooms;
        waitingRooms.calendars = calendars;
        waitingRooms.audit = auditTrail;
        waitingRooms.clock = clock;
    }

    /** The appointment facade with its use cases, as CDI puts them together. */
    private void wireAppointments(Calendars calendars, EventPublisher events, Clock clock) {
        AppointmentViews views = new AppointmentViews();
        views.types = types;
        views.settings = settings;
        BookingInputs inputs = new BookingInputs();
        inputs.types = types;
        inputs.calendars = calendars;
        inputs.people = directory;
        Schedules schedules = new Schedules();
        schedules.appointments = appointments;
        schedules.calendars = calendars;
        schedules.clock = clock;
        AppointmentLookup lookup = new AppointmentLookup();
        lookup.appointments = appointments;
        lookup.views = views;
        lookup.people = directory;
        lookup.clock = clock;
        Booking bookingCase = new Booking();
        bookingCase.appointments = appointments;
        bookingCase.inputsOf = inputs;
        bookingCase.calendars = calendars;
        bookingCase.schedules = schedules;
        bookingCase.views = views;
        bookingCase.people = directory;
        bookingCase.events = events;
        bookingCase.clock = clock;
        Rescheduling rescheduling = new Rescheduling();
        rescheduling.appointments = appointments;
        rescheduling.lookup = lookup;
        rescheduling.inputsOf = inputs;
        rescheduling.calendars = calendars;
        rescheduling.schedules = schedules;
        rescheduling.views = views;
        rescheduling.people = directory;
        rescheduling.events = events;
        rescheduling.clock = clock;
        Cancellation cancellation = new Cancellation();
        cancellation.lookup = lookup;
        cancellation.calendars = calendars;
        cancellation.views = views;
        cancellation.events = events;
        cancellation.clock = clock;
        EhrAppointments ehr = new EhrAppointments();
        ehr.appointments = appointments;
        ehr.rooms = rooms;
        ehr.lookup = lookup;
        ehr.calendars = calendars;
        ehr.schedules = schedules;
        ehr.views = views;
        ehr.videoRooms = videoRooms;
        ehr.episodes = episodes;
        ehr.people = directory;
        ehr.events = events;
        ehr.clock = clock;
        BookingWarnings warnings = new BookingWarnings();
        warnings.appointments = appointments;
        warnings.types = types;
        warnings.credits = credits;
        warnings.inputsOf = inputs;
        warnings.calendars = calendars;
        warnings.people = directory;
        booking.booking = bookingCase;
        booking.rescheduling = rescheduling;
        booking.cancellation = cancellation;
        booking.ehrAppointments = ehr;
        booking.lookup = lookup;
        booking.warnings = warnings;
    }

    Person provider(String timezone) {
        return add(new Person(nextId++, ORGANIZATION, false, "Pro", "Vider", "p@example.org", null, timezone, true, null, null));
    }

    Person patient(Long groupId) {
        return add(new Person(nextId++, ORGANIZATION, true, "Pa", "Tient", "t@example.org", null, "UTC", true, groupId, null));
    }

    private Person add(Person person) {
        people.put(person.id(), person);
        return person;
    }

    static Caller caller(Person person) {
        return new Caller(person.id(), person.organizationId(), person.isPatient() ? Role.PATIENT : Role.PROVIDER,
                Privileges.NONE, "test", "127.0.0.1");
    }

    static Caller anonymous() {
        return Caller.anonymous("test", "127.0.0.1");
    }

    <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, id.getType() == UUID.class ? UUID.randomUUID() : (Object) nextId++);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Directory implements PeopleDirectory {
        @Override
        public Optional<Person> person(long userId) {
            return Optional.ofNullable(people.get(userId));
        }

        @Override
        public List<Person> people(Collection<Long> userIds) {
            return userIds.stream().map(people::get).filter(p -> p != null).toList();
        }

        @Override
        public Optional<Person> byExternalId(long organizationId, String externalId) {
            return people.values().stream().filter(p -> externalId.equals(p.externalId())).findFirst();
        }

        @Override
        public List<Person> membersOf(long organizationId) {
            return people.values().stream().filter(p -> !p.isPatient() && p.organizationId() == organizationId).toList();
        }

        @Override
        public boolean hasGroup(long organizationId, long groupId) {
            return groupId < 100;
        }

        @Override
        public void placeInGroup(Caller caller, long organizationId, long patientId, long groupId) {
            audit.add("placed " + patientId + " in " + groupId);
        }

        @Override
        public Person patientForBooking(Caller caller, long organizationId, BookingPatient patient,
                                        Long groupOfNewPatient) {
            return people.values().stream().filter(p -> p.isPatient() && p.organizationId() == organizationId
                            && p.email().equals(patient.email()) && p.firstName().equals(patient.firstName())
                            && p.lastName().equals(patient.lastName())).findFirst()
                    .orElseGet(() -> add(new Person(nextId++, organizationId, true, patient.firstName(),
                            patient.lastName(), patient.email(), patient.phoneNumber(), patient.timezone(), true,
                            groupOfNewPatient, null)));
        }
    }

    final class Types implements AppointmentTypeRepository {
        final Map<Long, AppointmentType> byId = new LinkedHashMap<>();

        @Override
        public void add(AppointmentType type) {
            byId.put(withId(type).id(), type);
        }

        @Override
        public Optional<AppointmentType> find(long organizationId, long id) {
            return Optional.ofNullable(byId.get(id)).filter(t -> t.organizationId() == organizationId);
        }

        @Override
        public List<AppointmentType> list(long organizationId, TypeQuery query) {
            return byId.values().stream().filter(t -> t.organizationId() == organizationId)
                    .filter(t -> query.withRetired() || !t.isRetired())
                    .filter(t -> query.clientsCanBook() == null || t.clientsCanBook() == query.clientsCanBook())
                    .toList();
        }
    }

    final class Settings implements AppointmentSettingRepository {
        final Map<Long, AppointmentSetting> byId = new LinkedHashMap<>();

        @Override
        public void add(AppointmentSetting setting) {
            byId.put(withId(setting).id(), setting);
        }

        @Override
        public Optional<AppointmentSetting> find(long organizationId, long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<AppointmentSetting> ofProvider(long providerId) {
            return byId.values().stream().filter(s -> Long.valueOf(providerId).equals(s.providerId())).findFirst();
        }

        @Override
        public List<AppointmentSetting> ofTypeOrProviders(Long appointmentTypeId, Collection<Long> providerIds) {
            return byId.values().stream().filter(s -> appointmentTypeId != null && appointmentTypeId.equals(s.appointmentTypeId())
                    || s.providerId() != null && providerIds.contains(s.providerId())).toList();
        }

        @Override
        public Optional<AppointmentSetting> ofAppointmentType(long appointmentTypeId) {
            return byId.values().stream().filter(s -> Long.valueOf(appointmentTypeId).equals(s.appointmentTypeId())).findFirst();
        }
    }

    final class Availabilities implements AvailabilityRepository {
        final Map<Long, Availability> byId = new LinkedHashMap<>();

        @Override
        public void add(Availability availability) {
            byId.put(withId(availability).id(), availability);
        }

        @Override
        public Optional<Availability> find(long organizationId, long id) {
            return Optional.ofNullable(byId.get(id)).filter(a -> a.organizationId() == organizationId);
        }

        @Override
        public void remove(Availability availability) {
            byId.remove(availability.id());
        }

        @Override
        public List<Availability> ofProviders(Collection<Long> providerIds) {
            return byId.values().stream().filter(a -> providerIds.contains(a.providerId())).toList();
        }
    }

    final class Appointments implements AppointmentRepository {
        final Map<Long, Appointment> byId = new LinkedHashMap<>();
        final List<Long> locked = new ArrayList<>();

        @Override
        public void add(Appointment appointment) {
            byId.put(withId(appointment).id(), appointment);
        }

        @Override
        public Optional<Appointment> find(long organizationId, long id, boolean includeDeleted) {
            return Optional.ofNullable(byId.get(id)).filter(a -> includeDeleted || !a.isDeleted());
        }

        @Override
        public Optional<Appointment> findForUpdate(long organizationId, long id) {
            return find(organizationId, id, false);
        }

        @Override
        public Optional<Appointment> findByExternalId(long organizationId, String externalId) {
            return byId.values().stream().filter(a -> externalId.equals(a.externalId())).findFirst();
        }

        @Override
        public List<Appointment> ofEpisode(long organizationId, String episodeId, int limit) {
            return byId.values().stream().filter(a -> a.organizationId() == organizationId
                    && episodeId.equals(a.episodeOfCareId())).limit(limit).toList();
        }

        @Override
        public List<Appointment> startingBetween(long organizationId, Instant from, Instant until, Instant afterStart,
                                                 long afterId, int limit) {
            return byId.values().stream().filter(a -> a.organizationId() == organizationId && !a.isDeleted()
                            && !a.startsAt().isBefore(from) && a.startsAt().isBefore(until)
                            && (a.startsAt().isAfter(afterStart) || a.startsAt().equals(afterStart) && a.id() > afterId))
                    .sorted(java.util.Comparator.comparing(Appointment::startsAt).thenComparing(Appointment::id))
                    .limit(limit).toList();
        }

        @Override
        public void lockSchedules(long organizationId, Collection<Long> providerIds) {
            locked.addAll(providerIds);
        }

        @Override
        public Map<Long, List<BusyPeriod>> busy(Collection<Long> providerIds, Instant from, Instant until, Long except) {
            Map<Long, List<BusyPeriod>> busy = new HashMap<>();
            for (Appointment a : overlapping(providerIds, from, until, except)) {
                busy.computeIfAbsent(a.providerId(), id -> new ArrayList<>()).add(new BusyPeriod(a.startsAt(), a.endsAt()));
            }
            return busy;
        }

        @Override
        public List<Appointment> overlapping(Collection<Long> providerIds, Instant from, Instant until, Long except) {
            return byId.values().stream().filter(Appointment::isActive).filter(a -> !a.id().equals(except))
                    .filter(a -> a.providerId() != null && providerIds.contains(a.providerId()))
                    .filter(a -> a.startsAt().isBefore(until) && a.endsAt().isAfter(from))
                    .sorted(Comparator.comparing(Appointment::startsAt)).toList();
        }

        @Override
        public long activeCountOfType(long patientId, long appointmentTypeId) {
            return byId.values().stream().filter(Appointment::isActive)
                    .filter(a -> Long.valueOf(patientId).equals(a.patientId()) || a.attendeeIds().contains(patientId))
                    .filter(a -> Long.valueOf(appointmentTypeId).equals(a.appointmentTypeId())).count();
        }

        @Override
        public List<Appointment> list(AppointmentSearch search) {
            return byId.values().stream().filter(a -> !a.isDeleted())
                    .filter(a -> search.participantId() == null || a.involves(search.participantId()))
                    .sorted(Comparator.comparing(Appointment::startsAt))
                    .limit(search.limit() == null ? Long.MAX_VALUE : search.limit()).toList();
        }

        @Override
        public long count(AppointmentSearch search) {
            return byId.values().stream().filter(a -> !a.isDeleted())
                    .filter(a -> search.participantId() == null || a.involves(search.participantId())).count();
        }

        @Override
        public void flush() {
            // nothing is pending in memory
        }
    }

    final class Credits implements AppointmentTypeCreditRepository {
        final List<AppointmentTypeCredit> all = new ArrayList<>();

        @Override
        public void add(AppointmentTypeCredit credit) {
            all.add(withId(credit));
        }

        @Override
        public Optional<AppointmentTypeCredit> find(long userId, long appointmentTypeId) {
            return all.stream().filter(c -> c.userId() == userId && c.appointmentTypeId() == appointmentTypeId).findFirst();
        }

        @Override
        public void remove(AppointmentTypeCredit credit) {
            all.remove(credit);
        }

        @Override
        public List<AppointmentTypeCredit> ofUsers(List<Long> userIds) {
            return all.stream().filter(c -> userIds.contains(c.userId())).toList();
        }
    }

    /** The episodes port (the episodes context's): which episode of the organization is whose. */
    static final class KnownEpisodes implements EpisodeCheck {
        final Map<String, long[]> organizationAndPatient = new HashMap<>();

        void add(long organizationId, String episodeId, long patientId) {
            organizationAndPatient.put(episodeId, new long[] {organizationId, patientId});
        }

        @Override
        public Optional<Long> patientOf(long organizationId, EpisodeId episode) {
            return Optional.ofNullable(organizationAndPatient.get(episode.toString()))
                    .filter(known -> known[0] == organizationId).map(known -> known[1]);
        }
    }

    /** The video rooms port (the visits context's): which appointments had their room opened, in order. */
    static final class OpenedRooms implements VideoRooms {
        final List<Long> opened = new ArrayList<>();
        final Map<Long, String> held = new LinkedHashMap<>();

        @Override
        public void openFor(long organizationId, long appointmentId) {
            opened.add(appointmentId);
        }

        @Override
        public void holdCall(long organizationId, long appointmentId, String status, String field) {
            held.put(appointmentId, status);
        }
    }

    final class Rooms implements WaitingRoomRepository {
        final Map<UUID, WaitingRoom> byId = new LinkedHashMap<>();

        @Override
        public void add(WaitingRoom room) {
            byId.put(room.id(), room);
        }

        @Override
        public Optional<WaitingRoom> find(long organizationId, UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<WaitingRoom> named(long organizationId, String name) {
            return byId.values().stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public List<WaitingRoom> list(long organizationId) {
            return List.copyOf(byId.values());
        }
    }
}
