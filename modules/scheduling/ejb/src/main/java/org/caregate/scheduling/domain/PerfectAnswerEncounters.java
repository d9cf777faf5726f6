package org.caregate.scheduling.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Waiting rooms' locations (geolocation ids) and the visits perfect answers created, under their encounter ids
 * (ADR 25).
 */
public interface PerfectAnswerEncounters {

    /** The organization's room mapped to this geolocation id. */
    Optional<UUID> roomAt(long organizationId, UUID geolocationId);

    /** The room's geolocation id and location name, {@code null} where it has none. */
    String[] locationOf(long organizationId, UUID roomId);

    /**
     * Maps the room to the location ({@code null} geolocation id: to none); refused with {@code refusal} when another
     * room of the organization took the geolocation id meanwhile.
     */
    void locate(long organizationId, UUID roomId, UUID geolocationId, String locationName, RuntimeException refusal);

    /** Waits, until the transaction ends, for any other transaction creating a perfect-answer visit for the patient. */
    void lockPatient(long organizationId, long patientId);

    /** Whether a perfect answer created a visit for the patient, not cancelled nor deleted, after {@code since}. */
    boolean createdSince(long organizationId, long patientId, Instant since);

    void record(UUID encounterId, long organizationId, long appointmentId, long patientId, Instant at);

    /** The appointment of the organization's encounter with this id. */
    Optional<Long> appointmentOf(long organizationId, UUID encounterId);
}
