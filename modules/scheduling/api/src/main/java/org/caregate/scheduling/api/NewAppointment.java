package org.caregate.scheduling.api;

import java.time.ZoneId;
import java.util.List;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * Staff book an appointment for a patient, or for a group of attendees, with a provider (the caller unless named)
 * and any additional providers. Each id is absent when the client left it out, sent it blank or sent something
 * unreadable; {@code reading} tells which fields were sent and what could not be read of them.
 *
 * @param patientId             the patient of a 1:1 appointment ({@code user_id})
 * @param appointmentTypeId     the appointment type ({@code appointment_type_id})
 * @param contactType           how it takes place, by label or name ({@code contact_type})
 * @param providerId            the provider, the caller when not sent ({@code other_party_id})
 * @param attendeeIds           the patients of a group appointment, in the client's order ({@code attendee_ids})
 * @param additionalProviderIds the other providers taking part ({@code providers})
 * @param timezone              the zone of a local start, else the provider's ({@code timezone})
 * @param start                 when it starts ({@code datetime}, or {@code date} and {@code time}); absent only
 *                              when {@code reading} says why
 * @param location              where, for an in-person appointment
 * @param notes                 the provider's notes
 * @param reading               the fields sent and what the adapter could not read
 */
public record NewAppointment(UserId patientId, AppointmentTypeId appointmentTypeId, String contactType,
                             UserId providerId, List<UserId> attendeeIds, List<UserId> additionalProviderIds,
                             ZoneId timezone, StartTime start, String location, String notes, Reading reading) {

    public NewAppointment {
        // an entry the client sent unreadable stands as null in its place, reported in its turn (Reading)
        attendeeIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(attendeeIds));
        additionalProviderIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(additionalProviderIds));
    }
}
