package org.caregate.scheduling.api;

import java.time.Instant;
import java.util.List;

/**
 * An appointment as the caller may see it.
 *
 * @param date        the start in UTC, "2020-05-08 21:00:00 UTC"
 * @param contactType the label, e.g. "Healthie Video Call"
 * @param soloStatus  the status in Solo's visit lifecycle ("scheduled", "cancelled", "completed", ...)
 */
public record AppointmentView(long id, long organizationId, Long providerId, Long patientId, List<Long> attendeeIds,
                              List<Long> additionalProviderIds, AppointmentTypeView appointmentType, String contactType,
                              Instant start, Instant end, String date, String timezone, int length, String pmStatus,
                              String soloStatus, boolean isGroup, boolean isActive, String location, String notes,
                              String externalId, String accountNumber, String episodeOfCareId, List<String> reasons,
                              String waitingRoomId, Instant deletedAt, Instant createdAt, Instant updatedAt) {
}
