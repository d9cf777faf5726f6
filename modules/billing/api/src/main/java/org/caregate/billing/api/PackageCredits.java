package org.caregate.billing.api;

import java.util.List;

/**
 * The credits one grant of a package gave a patient.
 *
 * @param granted {@code false} when this purchase id had already granted them (nothing was added now)
 */
public record PackageCredits(long offeringId, long patientId, String purchaseId, boolean granted,
                             List<Credit> credits) {

    /** {@code quantity} credits of an appointment type; {@code repeating} ones are granted again each period. */
    public record Credit(long appointmentTypeId, int quantity, boolean repeating) {
    }
}
