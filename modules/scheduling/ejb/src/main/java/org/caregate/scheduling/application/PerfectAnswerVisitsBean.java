package org.caregate.scheduling.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.RefusedException;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.scheduling.api.PerfectAnswerVisit;
import org.caregate.scheduling.api.PerfectAnswerVisits;
import org.caregate.scheduling.api.WaitingRoomLocation;
import org.caregate.scheduling.domain.PerfectAnswerEncounters;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/**
 * Waiting rooms mapped to the EHR's locations, and the visits Solo's perfect answer books into them: one per patient
 * in 24 hours, checked and recorded under a per-patient lock so that racing answers create exactly one (ADR 25).
 */
@Stateless
public class PerfectAnswerVisitsBean implements PerfectAnswerVisits {

    private static final Duration RULE = Duration.ofHours(24);
    private static final String GEOLOCATION = "geolocation_id";

    @Inject
    WaitingRoomRepository rooms;

    @Inject
    PerfectAnswerEncounters encounters;

    @Inject
    EhrAppointments ehrAppointments;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<WaitingRoomLocation> waitingRoomLocations(Caller caller) {
        Access.requireMember(caller);
        return rooms.list(caller.organizationId()).stream().map(room -> locationOf(caller, room)).toList();
    }

    @Override
    public WaitingRoomLocation locateWaitingRoom(Caller caller, WaitingRoomId id, String geolocationId,
                                                 String locationName) {
        Access.requireAdministrator(caller, "Only the organization's owner and admins map waiting rooms to locations");
        WaitingRoom room = rooms.find(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException("Waiting room"));
        Inputs inputs = new Inputs();
        UUID geolocation = null;
        if (geolocationId != null && !geolocationId.isBlank()) {
            geolocation = uuid(geolocationId);
            if (geolocation == null) {
                inputs.problem(GEOLOCATION, "This is not a valid UUID");
            }
        }
        String name = inputs.optional("location_name", locationName);
        UUID taken = geolocation;
        if (taken != null && encounters.roomAt(caller.organizationId(), taken).filter(other -> !other.equals(room.id()))
                .isPresent()) {
            inputs.problem(GEOLOCATION, "is already the location of another waiting room");
        }
        inputs.check();
        encounters.locate(caller.organizationId(), room.id(), geolocation, name,
                new InvalidInputException(GEOLOCATION, "is already the location of another waiting room"));
        audit.record(caller, "waiting_room.located", "waiting_room", room.id().toString());
        return locationOf(caller, room);
    }

    @Override
    public PerfectAnswerVisit book(Caller caller, long patientId, UUID geolocationId, String reason) {
        Access.requireMember(caller);
        long organization = caller.organizationId();
        WaitingRoom room = encounters.roomAt(organization, geolocationId).flatMap(id -> rooms.find(organization, id))
                .orElseThrow(() -> new InvalidInputException("locationId", "No waiting room is set to this location"));
        encounters.lockPatient(organization, patientId);
        Instant now = clock.instant();
        if (encounters.createdSince(organization, patientId, now.minus(RULE))) {
            throw new RefusedException(WITHIN_24_HOURS);
        }
        AppointmentView visit = ehrAppointments.bookIntoWaitingRoom(caller, patientId, new EhrAppointment(room.name(),
                null, null, reason == null ? null : List.of(reason), null, null, null, null));
        UUID encounter = UUID.randomUUID();
        encounters.record(encounter, organization, visit.id(), patientId, now);
        return new PerfectAnswerVisit(encounter, visit, room.id().toString());
    }

    @Override
    public long appointmentOfEncounter(Caller caller, UUID encounterId) {
        Access.requireMember(caller);
        return encounters.appointmentOf(caller.organizationId(), encounterId)
                .orElseThrow(() -> new NotFoundException("Encounter"));
    }

    private WaitingRoomLocation locationOf(Caller caller, WaitingRoom room) {
        String[] location = encounters.locationOf(caller.organizationId(), room.id());
        return new WaitingRoomLocation(room.id().toString(), room.name(), location[0], location[1]);
    }

    /** The UUID written in {@code text}, canonical 8-4-4-4-12 hex form only, or {@code null}. */
    static UUID uuid(String text) {
        String value = text.strip();
        if (!value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return null;
        }
        return UUID.fromString(value);
    }
}
