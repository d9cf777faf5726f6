package org.caregate.visits.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Video visits, one per appointment held by video. */
public interface VideoVisitRepository {

    /** Writes the visit now, so that a racing second visit for one appointment fails here. */
    void add(VideoVisit visit);

    Optional<VideoVisit> ofAppointment(long appointmentId);

    /** Removes the visit of an appointment (one nobody entered; its links are removed first). */
    void remove(long appointmentId);

    /** Locks the visit's row until the transaction ends and reads it afresh (two requests change it one at a time). */
    void lock(VideoVisit visit);

    /**
     * The open visits whose window's close is due to be checked, locked until the transaction ends and skipped while
     * another transaction (another server's sweeper) holds them: each visit is closed exactly once.
     */
    List<VideoVisit> claimClosingDue(Instant now, int limit);
}
