package org.caregate.visits.api;

/**
 * Who attended an appointment's video visit, for reports: the call's status (as Solo's {@code videoCall.status}) and
 * the whole minutes the patient's link and the provider's link spent in the room (stays through one link that overlap
 * count once; a stay still open counts until now or the window's close).
 */
public record VisitAttendanceView(long appointmentId, String videoCallStatus, long patientMinutes,
                                  long providerMinutes) {
}
