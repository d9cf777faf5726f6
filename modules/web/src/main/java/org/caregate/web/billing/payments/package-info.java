/**
 * Healthie's payment operations (seed 001 "Payment Processing", "Billing Items"): cards on file, billing items, and
 * the organization's billing currency — adapters over billing's {@code PaymentsFacade} and
 * {@code BillingSettingsFacade}.
 */
package org.caregate.web.billing.payments;
