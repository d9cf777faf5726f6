package org.caregate.visits.api;

import java.time.Instant;

/**
 * BetterPT's PartnerVideoRoom.
 *
 * @param status SCHEDULED, IN_PROGRESS, COMPLETED, MISSED or CANCELLED
 */
public record PartnerVideoRoomView(String uid, Instant startTime, String timeZone, String displayName,
                                   String partnerCustomerId, String partnerProviderEmail, String partnerPatientEmail,
                                   String patientLink, String providerLink, Integer patientDuration,
                                   Integer providerDuration, boolean didPatientAttend, boolean didProviderAttend,
                                   String status) {
}
