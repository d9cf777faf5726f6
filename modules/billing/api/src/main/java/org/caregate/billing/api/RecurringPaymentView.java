package org.caregate.billing.api;

import java.time.Instant;

/**
 * A recurring payment: the package it charges again, how often and how much, and where it stands.
 *
 * @param nextPaymentAt when the next period is charged; {@code null} once cancelled (a paused one keeps its date,
 *                      which resuming moves to the next one still to come)
 * @param lastPeriod    the number of the last period billed; the purchase is period 1
 */
public record RecurringPaymentView(long id, long offeringId, String billingFrequency, Money amount, boolean paused,
                                   boolean canceled, Instant nextPaymentAt, int lastPeriod) {
}
