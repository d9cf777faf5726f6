package org.caregate.scheduling.api;

/**
 * {@code createAppointment}: staff book for a patient ({@code userId}) or a group ({@code attendeeIds},
 * {@code providers} comma-separated), at {@code datetime} or at {@code date} + {@code time} in {@code timezone}.
 */
public record NewAppointment(String userId, String appointmentTypeId, String contactType, String otherPartyId,
                             String datetime, String date, String time, String timezone, String attendeeIds,
                             String providers, String location, String notes) {
}
