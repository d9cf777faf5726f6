package org.caregate.episodes.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An episode of care as the organization's staff read it.
 *
 * @param patientExternalId the EHR's id of the patient, if it registered one
 * @param status            the status in Solo's read form: {@code planning, waitlist, active, onhold, finished,
 *                          canceled}
 * @param to                the last day, when known
 */
public record EpisodeView(String id, long organizationId, long patientId, String patientExternalId, String name,
                          String type, LocalDate from, LocalDate to, String status, String objective,
                          String reasonIncomplete, Instant createdAt, Instant updatedAt) {
}
