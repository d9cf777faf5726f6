package org.caregate.nursing.api;

import java.time.Instant;

/**
 * A call for a virtual nurse from a care location.
 *
 * @param organizationId the organization (Solo's practice)
 * @param patient        the patient placed at the care location when the call was made, or {@code null}
 * @param status         incomplete (waiting for a nurse), assigned (a nurse accepted it), completed or cancelled
 * @param assignedTo     the member who accepted it, or {@code null}
 * @param finishedAt     when it was completed or cancelled, or {@code null} while open
 */
public record AssistanceRequestView(long id, long organizationId, CareLocationView careLocation,
                                    PlacedPatientView patient, String status, Long assignedTo, Instant createdAt,
                                    Instant finishedAt) {
}
