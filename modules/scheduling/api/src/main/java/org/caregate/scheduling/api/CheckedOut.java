package org.caregate.scheduling.api;

import org.caregate.kernel.Caller;

/** The appointment a checkout booked, and the patient it was booked for, acting from now on in this request. */
public record CheckedOut(AppointmentView appointment, Caller patient) {
}
