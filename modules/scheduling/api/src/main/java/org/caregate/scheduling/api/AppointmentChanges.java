package org.caregate.scheduling.api;

import java.time.ZoneId;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * Changes to a booked appointment: a new start, an outcome, another provider, type or contact type, location or
 * notes. Each id is absent when the client left it out, sent it blank or sent something unreadable; {@code reading}
 * tells which fields were sent and what could not be read of them.
 *
 * @param id                the appointment
 * @param pmStatus          the outcome to record, by its label ({@code pm_status})
 * @param timezone          the zone of a local start, else the provider's ({@code timezone})
 * @param start             the new start ({@code datetime}, or {@code date} and {@code time}); absent when the
 *                          appointment stays where it is, or when {@code reading} says why
 * @param providerId        the provider to give it to ({@code other_party_id})
 * @param appointmentTypeId the appointment type to change to ({@code appointment_type_id})
 * @param contactType       how it takes place, by label or name ({@code contact_type})
 * @param location          where, for an in-person appointment
 * @param notes             the provider's notes
 * @param reading           the fields sent and what the adapter could not read
 */
public record AppointmentChanges(AppointmentId id, String pmStatus, ZoneId timezone, StartTime start,
                                 UserId providerId, AppointmentTypeId appointmentTypeId, String contactType,
                                 String location, String notes, Reading reading) {
}
