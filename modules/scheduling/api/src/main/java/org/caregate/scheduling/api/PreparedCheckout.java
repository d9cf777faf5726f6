package org.caregate.scheduling.api;

import java.time.Instant;

/**
 * A self-scheduled booking that would be accepted now — its slot open, its inputs valid — with the patient it is
 * for (a person without an account is registered on the way, as the booking itself would). Nothing is booked: a
 * context that must do something first (billing: charge for it) books it afterwards with the same request.
 *
 * @param organizationId    the provider's organization
 * @param patientId         who the appointment is for
 * @param providerId        whose slot
 * @param appointmentTypeId the appointment type
 * @param start             the slot's start
 * @param contactType       how it takes place, as the appointment would record it
 */
public record PreparedCheckout(long organizationId, long patientId, long providerId, long appointmentTypeId,
                               Instant start, String contactType) {
}
