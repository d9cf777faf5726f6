package org.caregate.scheduling.api;

/** The arguments of {@code appointmentBookingWarnings}. */
public record WarningQuery(String appointmentTypeId, String providerId, String date, String time, String timezone,
                           Integer lengthInMinutes, String attendeeIds, String additionalProviderIds,
                           String recurringApptId, String currentApptId, Boolean isRepeating, String repeatInterval,
                           Integer repeatTimes) {
}
