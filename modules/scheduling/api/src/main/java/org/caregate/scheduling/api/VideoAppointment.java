package org.caregate.scheduling.api;

import java.time.Instant;
import java.util.List;

/**
 * An appointment as the video rooms held for it see it: who takes part, when, whether it still holds, and since when
 * its video session runs. Not for web adapters.
 *
 * @param typeName         the appointment type's name, or {@code null} for an appointment without a type
 * @param heldByVideo      whether its contact type is the video call
 * @param timezone         the IANA zone it was booked in
 * @param active           not deleted, and not cancelled, re-scheduled or no-show
 * @param sessionStartedAt when the provider started its video session, or {@code null}
 * @param completed        whether it is recorded as completed (Healthie's Occurred, Solo's completed or sign off)
 */
public record VideoAppointment(long id, long organizationId, Long providerId, Long patientId, List<Long> attendeeIds,
                               List<Long> additionalProviderIds, Long appointmentTypeId, String typeName,
                               boolean heldByVideo, Instant start, Instant end, String timezone, String externalId,
                               boolean active, Instant sessionStartedAt, boolean completed) {

    /** An appointment not recorded as completed. */
    public VideoAppointment(long id, long organizationId, Long providerId, Long patientId, List<Long> attendeeIds,
                            List<Long> additionalProviderIds, Long appointmentTypeId, String typeName,
                            boolean heldByVideo, Instant start, Instant end, String timezone, String externalId,
                            boolean active, Instant sessionStartedAt) {
        this(id, organizationId, providerId, patientId, attendeeIds, additionalProviderIds, appointmentTypeId, typeName,
                heldByVideo, start, end, timezone, externalId, active, sessionStartedAt, false);
    }
}
