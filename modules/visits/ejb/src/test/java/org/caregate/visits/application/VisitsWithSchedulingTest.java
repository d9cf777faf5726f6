package org.caregate.visits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.NewPartnerVideoRoom;
import org.caregate.visits.api.PartnerVideoRoomView;
import org.caregate.visits.api.VisitPage;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.AttendanceRepository;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.PartnerVideoRoomRepository;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Visits meets scheduling only through scheduling-api: scheduling's {@code VideoRooms} port opens a room with a link
 * per participant, the provider's start reaches the appointment (which then refuses changes), and a partner room
 * passes its own field name for scheduling's refusal.
 */
class VisitsWithSchedulingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:58:00Z");
    private static final Instant START = Instant.parse("2026-12-07T14:00:00Z");
    private static final Caller STAFF = new Caller(7L, 1L, Role.STAFF, Privileges.NONE, "test", "127.0.0.1");

    private final Appointments appointments = new Appointments();
    private final Map<Long, VideoVisit> visits = new LinkedHashMap<>();
    private final List<VisitLink> links = new ArrayList<>();
    private final Map<UUID, PartnerVideoRoom> rooms = new LinkedHashMap<>();
    private final Visits visitRooms = new Visits();
    private final VideoRoomsBean videoRooms = new VideoRoomsBean();
    private final VideoVisitFacadeBean facade = new VideoVisitFacadeBean();
    private final PartnerVideoRoomFacadeBean partnerRooms = new PartnerVideoRoomFacadeBean();
    private final VisitClosing closing = new VisitClosing();

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        VisitSettings settings = new VisitSettings();
        settings.earlyEntryMinutes = 5;
        settings.sessionMinutes = 60;
        settings.publicUrl = "https://care.example/";
        visitRooms.settings = settings;
        visitRooms.people = new People();
        visitRooms.visits = new VideoVisitRepository() {
            @Override
            public void add(VideoVisit visit) {
                visits.put(visit.appointmentId(), visit);
            }

            @Override
            public Optional<VideoVisit> ofAppointment(long appointmentId) {
                return Optional.ofNullable(visits.get(appointmentId));
            }

            @Override
            public void remove(long appointmentId) {
                visits.remove(appointmentId);
            }

            @Override
            public void lock(VideoVisit visit) {
                // one thread here
            }

            @Override
            public List<VideoVisit> claimClosingDue(Instant now, int limit) {
                return visits.values().stream().filter(v -> !v.isClosed() && v.closeCheckAt() != null
                        && !v.closeCheckAt().isAfter(now)).limit(limit).toList();
            }
        };
        visitRooms.links = new VisitLinkRepository() {
            @Override
            public void add(VisitLink link) {
                links.add(link);
            }

            @Override
            public Optional<VisitLink> find(String token) {
                return links.stream().filter(l -> l.token().equals(token)).findFirst();
            }

            @Override
            public List<VisitLink> ofAppointment(long appointmentId) {
                return links.stream().filter(l -> l.appointmentId() == appointmentId).toList();
            }

            @Override
            public void removeOfAppointment(long appointmentId) {
                links.removeIf(l -> l.appointmentId() == appointmentId);
            }
        };
        visitRooms.attendances = new AttendanceRepository() {
            @Override
            public void add(Attendance attendance) {
                throw new UnsupportedOperationException("not used here");
            }

            @Override
            public Optional<Attendance> find(long id) {
                return Optional.empty();
            }

            @Override
            public List<Attendance> throughLinks(List<String> tokens) {
                return List.of();
            }
        };
        visitRooms.appointments = appointments;
        closing.visits = visitRooms.visits;
        closing.visitRooms = visitRooms;
        closing.appointments = appointments;
        videoRooms.appointments = appointments;
        videoRooms.visits = visitRooms.visits;
        videoRooms.visitRooms = visitRooms;
        videoRooms.clock = clock;
        facade.appointments = appointments;
        facade.visits = visitRooms.visits;
        facade.links = visitRooms.links;
        facade.attendances = visitRooms.attendances;
        facade.visitRooms = visitRooms;
        facade.platform = (room, name, moderator, until) -> "https://meet.example/" + room;
        facade.clock = clock;
        partnerRooms.appointments = appointments;
        partnerRooms.visits = visitRooms.visits;
        partnerRooms.visitRooms = visitRooms;
        partnerRooms.settings = settings;
        partnerRooms.events = (caller, event) -> { };
        partnerRooms.clock = clock;
        partnerRooms.rooms = new PartnerVideoRoomRepository() {
            @Override
            public void add(PartnerVideoRoom room) {
                rooms.put(room.uid(), room);
            }

            @Override
            public Optional<PartnerVideoRoom> find(long organizationId, UUID uid) {
                return Optional.ofNullable(rooms.get(uid)).filter(r -> r.organizationId() == organizationId);
            }
        };
    }

    @Test
    void schedulingsPortOpensOneRoomWithALinkForTheProviderThePatientAndEachAttendee() {
        appointments.put(new VideoAppointment(41, 1, 101L, 202L, List.of(203L), List.of(), null, null, true, START,
                START.plusSeconds(1800), "America/New_York", "ehr-41", true, null));
        videoRooms.openFor(1, 41);
        videoRooms.openFor(1, 41);
        assertThat(visits).containsOnlyKeys(41L);
        assertThat(links).extracting(l -> l.role().key() + " " + l.userId() + " " + l.displayName())
                .containsExactly("provider 101 Dr Provider", "patient 202 Pat Patient", "participant 203 Participant");
        assertThat(visitRooms.links(appointments.byId.get(41L)).patientVisitUrl())
                .startsWith("https://care.example/visit/");
    }

    @Test
    void theProvidersStartReachesTheAppointmentThatThenRefusesToMove() {
        appointments.put(new VideoAppointment(42, 1, 101L, 202L, List.of(), List.of(), 5L, "Follow-up", true, START,
                START.plusSeconds(1800), "UTC", null, true, null));
        videoRooms.openFor(1, 42);
        String provider = links.stream().filter(l -> l.role().key().equals("provider")).findFirst().orElseThrow().token();

        VisitPage page = facade.start(provider);

        assertThat(page.entry()).isEqualTo("IN_SESSION");
        assertThat(page.title()).isEqualTo("Follow-up");
        assertThat(page.roomUrl()).startsWith("https://meet.example/caregate-");
        assertThat(appointments.byId.get(42L).sessionStartedAt()).isEqualTo(NOW);
        assertThat(visits.get(42L).isStarted()).isTrue();
        assertThatThrownBy(() -> appointments.move(1, 42, START.plusSeconds(3600), null, "datetime"))
                .hasMessage("datetime: The session has started and can no longer be changed");
    }

    @Test
    void aPatientWhoWaitedUntilTheWindowClosedLeftWithoutBeingSeenOnceOnly() {
        appointments.put(new VideoAppointment(43, 1, 101L, 202L, List.of(), List.of(), null, null, true, START,
                START.plusSeconds(900), "UTC", null, true, null));
        videoRooms.openFor(1, 43);
        String patient = token("patient");

        assertThat(facade.page(patient).entry()).isEqualTo("WAITING_FOR_PROVIDER");
        facade.page(patient);
        assertThat(appointments.arrivals).containsExactly(43L);
        assertThat(facade.videoCall(STAFF, "43").status()).isEqualTo("waiting");
        assertThat(closeAllDue()).isZero();

        closing.clock = Clock.fixed(START.plus(Duration.ofMinutes(60)), ZoneOffset.UTC);
        assertThat(closeAllDue()).isEqualTo(1);
        assertThat(closeAllDue()).isZero();
        assertThat(appointments.outcomes).containsExactly("43 LWBS");
        assertThat(visits.get(43L).callOutcome().soloName()).isEqualTo("LWBS");
        assertThat(facade.videoCall(STAFF, "43").status()).isEqualTo("LWBS");
    }

    @Test
    void aVisitWhoseClosingFailedIsPutOffAndClosedWhenItsTurnComesAgain() {
        appointments.put(new VideoAppointment(45, 1, 101L, 202L, List.of(), List.of(), null, null, true, START,
                START.plusSeconds(900), "UTC", null, true, null));
        videoRooms.openFor(1, 45);
        facade.page(token("patient"));
        closing.clock = Clock.fixed(START.plus(Duration.ofMinutes(60)), ZoneOffset.UTC);
        closing.postpone(45, Duration.ofMinutes(5)); // what the batch does when closing it threw
        assertThat(closeAllDue()).as("put off: not due now").isZero();
        closing.clock = Clock.fixed(START.plus(Duration.ofMinutes(66)), ZoneOffset.UTC);
        assertThat(closing.closeNext(id -> { })).contains(45L);
        assertThat(appointments.outcomes).containsExactly("45 LWBS");
    }

    @Test
    void aStartedVisitNotCompletedByTheCloseIsIncompletedAndStaffHoldsStopThere() {
        appointments.put(new VideoAppointment(44, 1, 101L, 202L, List.of(), List.of(), null, null, true, START,
                START.plusSeconds(900), "UTC", null, true, null));
        videoRooms.openFor(1, 44);
        facade.start(token("provider"));
        assertThat(facade.videoCall(STAFF, "44").status()).isEqualTo("on call");
        videoRooms.holdCall(1, 44, "on hold", "videoCall.status");
        assertThat(facade.videoCall(STAFF, "44").status()).isEqualTo("on hold");
        assertThatThrownBy(() -> videoRooms.holdCall(1, 44, "LWBS", "videoCall.status"))
                .hasMessageContaining("what the visit records when its window closes");
        videoRooms.holdCall(1, 44, "on call", "videoCall.status");

        closing.clock = Clock.fixed(START.plus(Duration.ofMinutes(61)), ZoneOffset.UTC);
        assertThat(closeAllDue()).isEqualTo(1);
        assertThat(appointments.outcomes).containsExactly("44 INCOMPLETE");
        assertThat(appointments.arrivals).isEmpty();
        assertThatThrownBy(() -> videoRooms.holdCall(1, 44, "finalizing", "videoCall.status"))
                .hasMessage("videoCall.status: The video call has ended: it is incomplete");
    }

    private String token(String role) {
        return links.stream().filter(l -> l.role().key().equals(role)).findFirst().orElseThrow().token();
    }

    @Test
    void aPartnerRoomOnceStartedIsRefusedOnItsUid() {
        PartnerVideoRoomView room = partnerRooms.create(STAFF, new NewPartnerVideoRoom(
                OffsetDateTime.parse("2026-12-07T14:00:00Z"), "America/New_York", "Jane Doe", "cust-9", null,
                "jane@example.org", null, "Clinic One"));
        assertThat(room.status()).isEqualTo("SCHEDULED");
        assertThat(room.providerLink()).isNotNull();
        facade.start(room.providerLink().substring(room.providerLink().lastIndexOf('/') + 1));

        assertThatThrownBy(() -> partnerRooms.cancel(STAFF, room.uid()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("uid: The session has started and can no longer be changed");
        assertThatThrownBy(() -> partnerRooms.reschedule(STAFF, room.uid(),
                OffsetDateTime.parse("2026-12-08T14:00:00Z"), null))
                .hasMessage("uid: The session has started and can no longer be changed");
        assertThat(partnerRooms.room(STAFF, room.uid()).status()).isEqualTo("IN_PROGRESS");
    }

    /** Scheduling's side of the port, in memory, with the appointment's rule: a started session freezes it. */
    static final class Appointments implements VideoAppointments {
        final Map<Long, VideoAppointment> byId = new LinkedHashMap<>();
        final List<Long> arrivals = new ArrayList<>();
        final List<String> outcomes = new ArrayList<>();
        private long nextId = 500;

        void put(VideoAppointment appointment) {
            byId.put(appointment.id(), appointment);
        }

        @Override
        public VideoAppointment book(long organizationId, Instant start, Duration length, ZoneId zone, Long bookedBy) {
            VideoAppointment booked = new VideoAppointment(nextId++, organizationId, null, null, List.of(), List.of(),
                    null, null, true, start, start.plus(length), zone.getId(), null, true, null);
            put(booked);
            return booked;
        }

        @Override
        public Optional<VideoAppointment> find(long organizationId, long appointmentId, boolean includeDeleted) {
            return Optional.ofNullable(byId.get(appointmentId)).filter(a -> a.organizationId() == organizationId);
        }

        @Override
        public Optional<VideoAppointment> lock(long organizationId, long appointmentId) {
            return find(organizationId, appointmentId, false);
        }

        @Override
        public Optional<VideoAppointment> byExternalId(long organizationId, String externalId) {
            return byId.values().stream().filter(a -> externalId.equals(a.externalId())).findFirst();
        }

        @Override
        public VideoAppointment move(long organizationId, long appointmentId, Instant start, Duration length,
                                     String field) {
            VideoAppointment a = changeable(appointmentId, field);
            Duration kept = length != null ? length : Duration.between(a.start(), a.end());
            VideoAppointment moved = new VideoAppointment(a.id(), a.organizationId(), a.providerId(), a.patientId(),
                    a.attendeeIds(), a.additionalProviderIds(), a.appointmentTypeId(), a.typeName(), a.heldByVideo(),
                    start, start.plus(kept), a.timezone(), a.externalId(), a.active(), a.sessionStartedAt());
            put(moved);
            return moved;
        }

        @Override
        public VideoAppointment cancel(long organizationId, long appointmentId, String field) {
            VideoAppointment a = changeable(appointmentId, field);
            VideoAppointment cancelled = new VideoAppointment(a.id(), a.organizationId(), a.providerId(), a.patientId(),
                    a.attendeeIds(), a.additionalProviderIds(), a.appointmentTypeId(), a.typeName(), a.heldByVideo(),
                    a.start(), a.end(), a.timezone(), a.externalId(), false, a.sessionStartedAt());
            put(cancelled);
            return cancelled;
        }

        @Override
        public void withdraw(long organizationId, long appointmentId) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void recordSessionStarted(long organizationId, long appointmentId, Instant startedAt) {
            VideoAppointment a = byId.get(appointmentId);
            put(new VideoAppointment(a.id(), a.organizationId(), a.providerId(), a.patientId(), a.attendeeIds(),
                    a.additionalProviderIds(), a.appointmentTypeId(), a.typeName(), a.heldByVideo(), a.start(), a.end(),
                    a.timezone(), a.externalId(), a.active(), a.sessionStartedAt() != null ? a.sessionStartedAt()
                    : startedAt));
        }

        @Override
        public void recordArrival(long organizationId, long appointmentId) {
            arrivals.add(appointmentId);
        }

        @Override
        public void recordCallOutcome(long organizationId, long appointmentId, CallOutcome outcome) {
            outcomes.add(appointmentId + " " + outcome);
        }

        private VideoAppointment changeable(long appointmentId, String field) {
            VideoAppointment a = byId.get(appointmentId);
            if (a.sessionStartedAt() != null) {
                throw new InvalidInputException(field, "The session has started and can no longer be changed");
            }
            return a;
        }
    }

    /** Two people the rooms name. */
    static final class People implements PeopleDirectory {
        private final Map<Long, Person> people = Map.of(
                101L, new Person(101, 1, false, "Dr", "Provider", "doc@example.org", null, "UTC", true, null, null),
                202L, new Person(202, 1, true, "Pat", "Patient", "pat@example.org", null, "UTC", true, null, null));

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
            return Optional.empty();
        }

        @Override
        public List<Person> membersOf(long organizationId) {
            return List.of();
        }

        @Override
        public boolean hasGroup(long organizationId, long groupId) {
            return false;
        }

        @Override
        public void placeInGroup(Caller caller, long organizationId, long patientId, long groupId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person patientForBooking(Caller caller, long organizationId, BookingPatient patient, Long group) {
            throw new UnsupportedOperationException();
        }
    }

    /** Closes every due visit one at a time, as the poller does; answers how many were claimed. */
    private int closeAllDue() {
        int claimed = 0;
        while (claimed < 10 && closing.closeNext(id -> { }).isPresent()) {
            claimed++;
        }
        return claimed;
    }
}
