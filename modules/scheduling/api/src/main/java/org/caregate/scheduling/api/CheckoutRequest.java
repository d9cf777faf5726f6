package org.caregate.scheduling.api;

import java.time.ZoneId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * A patient books an open slot of a provider. Without an account, the name, email and phone number find or
 * register the patient in the provider's organization. Each id is absent when the client left it out, sent it blank
 * or sent something unreadable; {@code reading} tells which fields were sent and what could not be read of them.
 *
 * @param appointmentTypeId the appointment type ({@code appointment_type_id})
 * @param contactType       how it takes place, by label or name ({@code contact_type})
 * @param start             the slot's start ({@code date}); absent only when {@code reading} says why
 * @param timezone          the zone of a local start, and of a patient registered on the way ({@code timezone})
 * @param providerId        whose slot ({@code provider_id})
 * @param reading           the fields sent and what the adapter could not read
 */
public record CheckoutRequest(AppointmentTypeId appointmentTypeId, String contactType, StartTime start,
                              ZoneId timezone, String firstName, String lastName, String email, String phoneNumber,
                              UserId providerId, Reading reading) {
}
