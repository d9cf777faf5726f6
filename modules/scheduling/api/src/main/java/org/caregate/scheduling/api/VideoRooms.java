package org.caregate.scheduling.api;

import jakarta.ejb.Local;

/**
 * The video rooms appointments are held in, as scheduling needs them: a port scheduling declares and the visits
 * context implements, so that scheduling never compiles against visits. Called inside scheduling's transaction
 * (the bean joins it), so a booking and its room are written or refused together.
 */
@Local
public interface VideoRooms {

    /**
     * Opens the video room of an appointment held by video, with a link for each of its people, unless it has one.
     * The caller holds the appointment (just booked, or locked), so two requests never open two rooms.
     */
    void openFor(long organizationId, long appointmentId);

    /**
     * Sets what staff say of the appointment's video call: "on hold" or "finalizing" hold it, "on call" or "waiting"
     * release the hold. Refused (nothing changes) when the appointment has no video call, the call has ended, or the
     * status is one the visit derives itself (LWBS, incomplete, complete).
     *
     * @param field the input a refusal names
     */
    void holdCall(long organizationId, long appointmentId, String status, String field);
}
