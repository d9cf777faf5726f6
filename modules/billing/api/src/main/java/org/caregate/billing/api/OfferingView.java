package org.caregate.billing.api;

import java.time.Instant;
import java.util.List;

/**
 * A package as callers see it.
 *
 * @param billingFrequency   the canonical name ({@code "One-Time"}, {@code "Weekly"}, …)
 * @param frequencyTimes     how often it is charged, in words ({@code "a week"}), {@code ""} for one-time
 * @param firstTimePayment   the first payment when it differs from the price, else {@code null}
 * @param visibilityStatus   {@code visible} (every patient), {@code hidden} (no patient) or {@code group} (patients
 *                           of {@code userGroupId})
 */
public record OfferingView(long id, String name, String description, Money price, Money firstTimePayment,
                           String billingFrequency, String frequencyTimes, Integer repeatTimes,
                           String visibilityStatus, Long userGroupId, boolean chargeImmediately, boolean archived,
                           List<Include> includes, Instant createdAt, Instant updatedAt) {

    /** What the first payment is: the first-time payment when set, else the price. */
    public Money initialPaymentAmount() {
        return firstTimePayment != null ? firstTimePayment : price;
    }

    /** Sessions of an appointment type the package grants as credits, again each period when repeating. */
    public record Include(long id, long appointmentTypeId, String appointmentTypeName, boolean clientsCanBook,
                          int quantity, boolean repeating) {
    }
}
