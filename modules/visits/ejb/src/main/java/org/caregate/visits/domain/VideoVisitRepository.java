package org.caregate.visits.domain;

import java.util.Optional;

/** Video visits, one per appointment held by video. */
public interface VideoVisitRepository {

    /** Writes the visit now, so that a racing second visit for one appointment fails here. */
    void add(VideoVisit visit);

    Optional<VideoVisit> ofAppointment(long appointmentId);

    /** Removes the visit of an appointment (one nobody entered; its links are removed first). */
    void remove(long appointmentId);
}
