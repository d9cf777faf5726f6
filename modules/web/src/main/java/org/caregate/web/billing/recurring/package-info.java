/**
 * Healthie's recurring payments (seed 001 "One-time vs. recurring payments") as a payment shows them: a billing item's
 * {@code recurring_payment} and {@code recurring_period} — an adapter over billing's {@code RecurringPaymentsFacade}.
 */
package org.caregate.web.billing.recurring;
