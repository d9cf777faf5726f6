package org.caregate.billing.api;

/** A payment seen as one period of its recurring payment: which period it paid, and the recurring payment. */
public record RecurringPeriodView(long billingItemId, int period, RecurringPaymentView recurringPayment) {
}
