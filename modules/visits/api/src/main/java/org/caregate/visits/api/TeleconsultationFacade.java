package org.caregate.visits.api;

import jakarta.ejb.Local;
import org.caregate.kernel.Caller;

/**
 * The teleconsultation service's rooms (seed 003). Participants are the organization's users, named by id or by
 * external id. Providers and staff manage rooms; any participant reads their own access link.
 */
@Local
public interface TeleconsultationFacade {

    /** Creates a room; returns its id. */
    String create(Caller caller, TeleconsultationRequest request);

    void change(Caller caller, String roomId, TeleconsultationRequest changes);

    void addParticipant(Caller caller, String roomId, TeleconsultationRequest.ParticipantData participant);

    TeleconsultationAccess access(Caller caller, String roomId);

    /** Moves the room to the trash (and cancels its appointment). */
    void delete(Caller caller, String roomId);
}
