package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.TeleconsultationAccess;
import org.caregate.visits.api.TeleconsultationFacade;
import org.caregate.visits.api.TeleconsultationRequest.ParticipantData;
import org.caregate.visits.api.TeleconsultationRequest;
import org.caregate.visits.api.event.TeleconsultationEvent;
import org.caregate.visits.domain.Teleconsultation.Participant;
import org.caregate.visits.domain.Teleconsultation;
import org.caregate.visits.domain.TeleconsultationRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;

/**
 * Teleconsultation rooms: the room (its visit links) is opened once every participant is known and one of them
 * is privileged; from the immutable period before the start a complete room can no longer be changed; a change
 * before that replaces the room's links, as the teleconsultation service replaces its video room.
 */
@Stateless
public class TeleconsultationFacadeBean implements TeleconsultationFacade {

    /** Groups that make a participant privileged (a "plus" user); "patient" and "guest" do not. */
    private static final Set<String> PLUS_GROUPS = Set.of("doctor", "provider", "nurse", "staff", "plus", "admin");
    private static final Set<String> BASIC_GROUPS = Set.of("patient", "guest");
    private static final String NO_PLUS_USER = "no plus user in room";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @EJB
    VideoAppointments appointments;

    @Inject
    TeleconsultationRepository rooms;

    @Inject
    VisitLinkRepository links;

    @Inject
    Visits visitRooms;

    @Inject
    VisitSettings settings;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public String create(Caller caller, TeleconsultationRequest request) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (request.participantIds() == null && request.data() == null) {
            inputs.problem("participants", "is required");
        }
        Expected expected = participants(caller, inputs, request);
        Instant start = instant(inputs, "start_date", request.startDate(), true);
        Instant end = instant(inputs, "end_date", request.endDate(), true);
        requireOrder(inputs, start, end);
        inputs.check();
        if (expected.complete() && expected.known().stream().noneMatch(Participant::privileged)) {
            throw new InvalidInputException("participants", NO_PLUS_USER);
        }
        Instant now = clock.instant();
        VideoAppointment appointment = appointments.book(caller.organizationId(), start, Duration.between(start, end),
                UTC, caller.userId());
        Teleconsultation room = Teleconsultation.forAppointment(caller.organizationId(), appointment.id(),
                expected.number(), expected.known(), now);
        rooms.add(room);
        if (room.isComplete()) {
            visitRooms.openForParticipants(appointment, room.participants(), now);
        }
        events.publish(caller, TeleconsultationEvent.of(TeleconsultationEvent.Action.CREATED, room.id()));
        return room.id().toString();
    }

    @Override
    public void change(Caller caller, String roomId, TeleconsultationRequest changes) {
        Access.requireMember(caller);
        Teleconsultation room = room(caller, roomId);
        VideoAppointment appointment = changeable(room);
        Inputs inputs = new Inputs();
        Expected expected = changes.participantIds() == null && changes.data() == null ? null
                : participants(caller, inputs, changes);
        Instant start = instant(inputs, "start_date", changes.startDate(), false);
        Instant end = instant(inputs, "end_date", changes.endDate(), false);
        Instant newStart = start != null ? start : appointment.start();
        Instant newEnd = end != null ? end : appointment.end();
        requireOrder(inputs, newStart, newEnd);
        inputs.check();
        if (expected != null && expected.complete() && expected.known().stream().noneMatch(Participant::privileged)) {
            throw new InvalidInputException("participants", NO_PLUS_USER);
        }
        Instant now = clock.instant();
        visitRooms.close(appointment);
        if (expected != null) {
            room.expect(expected.number(), expected.known());
        }
        VideoAppointment moved = appointments.move(appointment.organizationId(), appointment.id(), newStart,
                Duration.between(newStart, newEnd), "start_date");
        if (room.isComplete()) {
            visitRooms.openForParticipants(moved, room.participants(), now);
        }
        events.publish(caller, TeleconsultationEvent.of(TeleconsultationEvent.Action.UPDATED, room.id()));
    }

    @Override
    public void addParticipant(Caller caller, String roomId, ParticipantData participant) {
        Access.requireMember(caller);
        Teleconsultation room = room(caller, roomId);
        VideoAppointment appointment = changeable(room);
        if (room.isComplete()) {
            throw new InvalidInputException("participants", "every expected participant is already known");
        }
        Inputs inputs = new Inputs();
        Participant added = participant(caller, inputs, "userExternalId", participant);
        inputs.check();
        if (room.includes(added.userId())) {
            throw new InvalidInputException("userExternalId", "is already a participant");
        }
        room.add(added);
        if (room.isComplete()) {
            if (!room.hasPrivilegedParticipant()) {
                throw new InvalidInputException("participants", NO_PLUS_USER);
            }
            visitRooms.openForParticipants(appointment, room.participants(), clock.instant());
        }
        events.publish(caller, TeleconsultationEvent.of(TeleconsultationEvent.Action.UPDATED, room.id()));
    }

    @Override
    public TeleconsultationAccess access(Caller caller, String roomId) {
        Access.requireAuthenticated(caller);
        Teleconsultation room = room(caller, roomId);
        if (!room.includes(caller.userId())) {
            throw new ForbiddenException("Unauthorized user");
        }
        if (!room.isComplete()) {
            throw new InvalidInputException("participants", room.participants().size() + " of "
                    + room.expectedParticipants() + " participants are known; the room opens when all are");
        }
        VisitLink own = links.ofAppointment(room.appointmentId()).stream()
                .filter(link -> Long.valueOf(caller.userId()).equals(link.userId())).findFirst()
                .orElseThrow(() -> new ForbiddenException("Unauthorized user"));
        return new TeleconsultationAccess(caller.userId().toString(), settings.linkUrl(own.token()),
                room.participants().stream().map(p -> new TeleconsultationAccess.Participant(Long.toString(p.userId()),
                        p.fullName() != null ? p.fullName() : people.person(p.userId()).map(Person::fullName).orElse(null)))
                        .toList());
    }

    @Override
    public void delete(Caller caller, String roomId) {
        Access.requireMember(caller);
        Teleconsultation room = room(caller, roomId);
        room.trash();
        appointments.withdraw(room.organizationId(), room.appointmentId());
        events.publish(caller, TeleconsultationEvent.of(TeleconsultationEvent.Action.DELETED, room.id()));
    }

    /** The appointment of a room that may still change: not complete, or before the immutable period. */
    private VideoAppointment changeable(Teleconsultation room) {
        VideoAppointment appointment = appointments.lock(room.organizationId(), room.appointmentId())
                .orElseThrow(() -> new NotFoundException("Room with id " + room.id()));
        if (room.isComplete() && !clock.instant().isBefore(appointment.start().minus(settings.immutablePeriod()))) {
            throw new InvalidInputException("start_date", "the teleconsultation starts soon and can no longer be changed");
        }
        return appointment;
    }

    private Teleconsultation room(Caller caller, String roomId) {
        try {
            return rooms.find(caller.organizationId(), UUID.fromString(roomId))
                    .filter(room -> !room.isTrashed())
                    .orElseThrow(() -> new NotFoundException("Room with id " + roomId));
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFoundException("Room with id " + roomId);
        }
    }

    private Expected participants(Caller caller, Inputs inputs, TeleconsultationRequest request) {
        List<Participant> known = new ArrayList<>();
        int number;
        if (request.participantIds() != null) {
            for (String id : request.participantIds()) {
                Participant participant = participant(caller, inputs, "participants",
                        new ParticipantData(id, null, null, null));
                if (participant != null) {
                    known.add(participant);
                }
            }
            number = request.participantIds().size();
        } else {
            for (ParticipantData data : request.data()) {
                Participant participant = participant(caller, inputs, "participants.data", data);
                if (participant != null) {
                    known.add(participant);
                }
            }
            number = request.number() == null ? request.data().size() : request.number();
            if (number < request.data().size()) {
                inputs.problem("participants.number", "must be at least the number of participants in data");
            }
        }
        if (number < 1 || number > 100) {
            inputs.problem("participants", "must name between 1 and 100 participants");
        }
        if (known.stream().map(Participant::userId).distinct().count() < known.size()) {
            inputs.problem("participants", "names a participant twice");
        }
        return new Expected(number, known);
    }

    /** A participant named by user id or external id; privileged as a member or through a clinician's group. */
    private Participant participant(Caller caller, Inputs inputs, String field, ParticipantData data) {
        String id = data == null ? null : inputs.required(field + ".userExternalId", data.userExternalId());
        if (id == null) {
            return null;
        }
        Optional<Person> person = people.byExternalId(caller.organizationId(), id);
        // a user id is at most 18 decimal digits here: "99999999999999999999" is no id, not a failure to parse one
        if (person.isEmpty() && id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            person = people.person(Long.parseLong(id)).filter(p -> p.organizationId() == caller.organizationId());
        }
        if (person.isEmpty()) {
            inputs.problem(field, "unknown participant " + id);
            return null;
        }
        boolean privileged = !person.get().isPatient();
        for (String group : data.groups() == null ? List.<String>of() : data.groups()) {
            String name = group == null ? "" : group.strip().toLowerCase(Locale.ROOT);
            if (PLUS_GROUPS.contains(name)) {
                privileged = true;
            } else if (!BASIC_GROUPS.contains(name)) {
                inputs.problem(field + ".groups", "unknown group " + group);
            }
        }
        return new Participant(person.get().id(), id, privileged, inputs.optional(field + ".fullName", data.fullName()),
                inputs.optional(field + ".language", data.language()));
    }

    private static Instant instant(Inputs inputs, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                inputs.problem(field, "is required");
            }
            return null;
        }
        try {
            return inputs.calendarTime(field, OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            inputs.problem(field, "must be an ISO 8601 date, e.g. 2022-02-22T15:30:00.000Z");
            return null;
        }
    }

    private static void requireOrder(Inputs inputs, Instant start, Instant end) {
        if (start != null && end != null && !end.isAfter(start)) {
            inputs.problem("end_date", "must be after start_date");
        }
    }

    /** How many participants are expected and who of them is known. */
    private record Expected(int number, List<Participant> known) {

        boolean complete() {
            return known.size() >= number;
        }
    }
}
