package org.caregate.nursing.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AssistanceRequestId;
import org.caregate.kernel.id.NursingLocationId;

/**
 * Assistance requests: a care location calls for a virtual nurse (at most one open request each), and nurses work
 * the queue. Members only; every id and every place is looked for in the caller's organization alone.
 */
@Local
public interface AssistanceRequestFacade {

    /** Opens a request for the place, or answers with the one already open there. */
    Requested call(Caller caller, CallingPlace place);

    /** The open request of the place. */
    AssistanceRequestView current(Caller caller, CallingPlace place);

    /** Cancels the open request of the place; answers with it cancelled. */
    AssistanceRequestView cancelCurrent(Caller caller, CallingPlace place);

    /** The open requests, of one building or department or of all, oldest first. */
    List<AssistanceRequestView> queue(Caller caller, NursingLocationId location);

    AssistanceRequestView request(Caller caller, AssistanceRequestId id);

    /** The caller takes the waiting request on. */
    AssistanceRequestView accept(Caller caller, AssistanceRequestId id);

    /**
     * The nurse who accepted the request starts an audio/video session with its care location (a video visit):
     * assigned → in_progress; the answer's session carries the links for the nurse and for the room's device.
     */
    AssistanceRequestView startSession(Caller caller, AssistanceRequestId id);

    /** The assigned nurse (or an admin) completes the request, ending its session. */
    AssistanceRequestView finish(Caller caller, AssistanceRequestId id);

    /** Cancels an open request (before completion), ending its session. */
    AssistanceRequestView cancel(Caller caller, AssistanceRequestId id);
}
