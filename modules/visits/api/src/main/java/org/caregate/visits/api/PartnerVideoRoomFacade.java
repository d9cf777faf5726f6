package org.caregate.visits.api;

import jakarta.ejb.Local;
import java.time.OffsetDateTime;
import org.caregate.kernel.Caller;

/** BetterPT's partner video rooms (seed 000), for the caller's organization's members. */
@Local
public interface PartnerVideoRoomFacade {

    PartnerVideoRoomView create(Caller caller, NewPartnerVideoRoom room);

    PartnerVideoRoomView room(Caller caller, String uid);

    /** Cancels a room whose session has not started. */
    PartnerVideoRoomView cancel(Caller caller, String uid);

    /** Moves a room whose session has not started. */
    PartnerVideoRoomView reschedule(Caller caller, String uid, OffsetDateTime startTime, String timeZone);
}
