package org.caregate.visits.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Video visits held now, outside any appointment a person booked: a virtual nurse's call with a hospital room
 * (the nursing context). The host's link leads and starts the session; the guest's link is the room device's. Both
 * open the visit page {@code /visit/{token}} like any visit link. Every method joins the caller's transaction;
 * the caller has already decided who may do what. Not for web adapters.
 */
@Local
public interface ImmediateVideoVisits {

    /** Opens a visit starting now, hosted by the member, with one guest link. */
    ImmediateVisit open(long organizationId, long hostUserId);

    /** The visit's links, or empty when the organization has no such visit. */
    Optional<ImmediateVisit> visit(long organizationId, long visitId);

    /** Ends the visit: its links show it closed from now on. Nothing happens when there is no such visit. */
    void end(long organizationId, long visitId);

    /**
     * A visit held now.
     *
     * @param id       the visit's id (its appointment's)
     * @param hostUrl  the host's visit page link
     * @param guestUrl the guest's visit page link
     */
    record ImmediateVisit(long id, String hostUrl, String guestUrl) {
    }
}
