package org.caregate.visits.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Video visits: the links members hand out, and what each link's holder may do. A link is its own credential
 * (like any meeting link), so the page operations take the token, not a caller.
 */
@Local
public interface VideoVisitFacade {

    /** The links of an appointment (members), opening its video visit on first ask. */
    VisitLinks links(Caller caller, String appointmentId);

    /** The links of the appointment an EHR knows by its own id. */
    VisitLinks linksByExternalId(Caller caller, String externalId);

    /** The appointment's video call, or {@code null} when no link was ever handed out for it. */
    VideoCallView videoCall(Caller caller, String appointmentId);

    /**
     * The video-call status and attendance minutes of these appointments' visits (members; at most 1000 ids; ids of
     * appointments without a visit, or of another organization, are left out).
     */
    List<VisitAttendanceView> attendance(Caller caller, List<Long> appointmentIds);

    /**
     * The Microsoft Teams meeting for the appointment's provider, created with the provider's Teams token on first
     * ask and kept for later asks.
     */
    String teamsProviderLink(Caller caller, String appointmentId, String teamsToken);

    /** What the link's holder finds now; a patient opening it while the window is open has arrived. */
    VisitPage page(String token);

    /** The provider starts the session (from five minutes before the start until the window closes). */
    VisitPage start(String token);

    /** The holder entered the room; returns the stay's id for {@link #leave}. */
    long join(String token);

    /** The holder left the room. */
    void leave(String token, long stayId);
}
