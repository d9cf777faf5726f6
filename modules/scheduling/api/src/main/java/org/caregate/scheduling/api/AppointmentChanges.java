package org.caregate.scheduling.api;

import org.caregate.kernel.id.AppointmentId;

/**
 * {@code updateAppointment}: a new time ({@code datetime}, or {@code date} + {@code time}), status, provider,
 * type, contact type, location or notes. {@code clientUpdating} marks a patient rescheduling their own.
 */
public record AppointmentChanges(AppointmentId id, String pmStatus, String datetime, String date, String time,
                                 String timezone, Boolean clientUpdating, String otherPartyId, String appointmentTypeId,
                                 String contactType, String location, String notes) {
}
