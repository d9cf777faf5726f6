package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.WaitingRoomId;

/**
 * Solo's perfect answer, scheduling's part (ADR 25): waiting rooms mapped to the EHR's locations by geolocation id,
 * and the visit a perfect answer creates in the room of a location, at most one per patient in 24 hours.
 */
@Local
public interface PerfectAnswerVisits {

    /** The 24-hour rule's refusal, as seed 004 prints it. */
    String WITHIN_24_HOURS = "A visit has already been created for the patient within 24 hours";

    /** The organization's waiting rooms with their locations (rooms without one too); members only. */
    List<WaitingRoomLocation> waitingRoomLocations(Caller caller);

    /**
     * Maps the waiting room to the location with this geolocation id (a UUID; {@code null} or blank takes the room
     * off its location) and names the location; owners and admins only. One room per geolocation id.
     */
    WaitingRoomLocation locateWaitingRoom(Caller caller, WaitingRoomId room, String geolocationId, String locationName);

    /**
     * Books a visit now for the patient in the waiting room of the location with this geolocation id, with the
     * reason; refused with {@link #WITHIN_24_HOURS} when a perfect answer created a visit for the patient (not
     * cancelled) in the last 24 hours. Calls for one patient wait for each other until their transactions end.
     * Another organization's geolocation id is unknown ({@code locationId}).
     */
    PerfectAnswerVisit book(Caller caller, long patientId, UUID geolocationId, String reason);

    /** The appointment (its Solo appointment id) of the encounter id a perfect answer printed. */
    long appointmentOfEncounter(Caller caller, UUID encounterId);
}
