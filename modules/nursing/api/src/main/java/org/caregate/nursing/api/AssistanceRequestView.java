package org.caregate.nursing.api;

import java.time.Instant;
import java.util.List;

/**
 * A call for a virtual nurse from a care location.
 *
 * @param organizationId the organization (Solo's practice)
 * @param patient        the patient placed at the care location when the call was made, or {@code null}
 * @param status         incomplete (waiting for a nurse), assigned (a nurse accepted it), in_progress (the nurse is in
 *                       an audio/video session with the room), completed or cancelled
 * @param assignedTo     the member who accepted it, or {@code null}
 * @param finishedAt     when it was completed or cancelled, or {@code null} while open
 * @param avSessions     its audio/video sessions (at most one), empty before one was started
 */
public record AssistanceRequestView(long id, long organizationId, CareLocationView careLocation,
                                    PlacedPatientView patient, String status, Long assignedTo, Instant createdAt,
                                    Instant finishedAt, List<AvSessionView> avSessions) {

    public AssistanceRequestView {
        avSessions = avSessions == null ? List.of() : List.copyOf(avSessions);
    }
}
