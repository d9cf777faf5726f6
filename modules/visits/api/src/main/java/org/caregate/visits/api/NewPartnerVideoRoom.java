package org.caregate.visits.api;

import java.time.OffsetDateTime;

/** {@code createPartnerVideoRoom}: when, in which zone, and what the partner tells about the people. */
public record NewPartnerVideoRoom(OffsetDateTime startTime, String timeZone, String displayName, String partnerCustomerId,
                                  String partnerProviderEmail, String partnerPatientEmail,
                                  String partnerPatientPhoneNumber, String partnerClinicName) {
}
