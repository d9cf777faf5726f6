package org.caregate.scheduling.api;

/** Credits a patient holds for an appointment type, and how many are left after their active appointments. */
public record CreditView(long id, long userId, long appointmentTypeId, String appointmentTypeName, int totalCredits,
                         int remainingCredits) {
}
