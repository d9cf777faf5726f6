package org.caregate.scheduling.api;

import java.time.ZoneId;
import java.util.List;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * The booking staff are about to make, to warn them of what is in its way: conflicts on the providers' calendars
 * and attendees short of credits. Each id is absent when the client left it out, sent it blank or sent something
 * unreadable; {@code reading} tells which fields were sent and what could not be read of them.
 *
 * @param appointmentTypeId     the appointment type, which gives the length and the credits
 *                              ({@code appointment_type_id})
 * @param providerId            the provider, the caller when not sent ({@code provider_id})
 * @param start                 when it would start ({@code date} and {@code time}); absent only when {@code reading}
 *                              says why
 * @param timezone              the zone of a local start, else the provider's ({@code timezone})
 * @param lengthInMinutes       the length without an appointment type
 * @param attendeeIds           the patients of a group appointment ({@code attendee_ids})
 * @param additionalProviderIds the other providers taking part ({@code additional_provider_ids})
 * @param currentApptId         the appointment being moved, which conflicts with nothing ({@code current_appt_id})
 * @param isRepeating           whether it repeats every {@code repeatInterval}, {@code repeatTimes} times
 * @param reading               the fields sent and what the adapter could not read
 */
public record WarningQuery(AppointmentTypeId appointmentTypeId, UserId providerId, StartTime start, ZoneId timezone,
                           Integer lengthInMinutes, List<UserId> attendeeIds, List<UserId> additionalProviderIds,
                           AppointmentId currentApptId, Boolean isRepeating, String repeatInterval,
                           Integer repeatTimes, Reading reading) {

    public WarningQuery {
        // an entry the client sent unreadable stands as null in its place, reported in its turn (Reading)
        attendeeIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(attendeeIds));
        additionalProviderIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(additionalProviderIds));
    }
}
