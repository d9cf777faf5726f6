package org.caregate.billing.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Recurring payments as the payments that belong to them show them (seed 001 "One-time vs. recurring payments"): a
 * package with a billing frequency bought by a charge without {@code payment_due_date} is charged again every period.
 * They are paused, resumed, cancelled and moved through {@code updateBillingItem} on any of their payments
 * ({@link PaymentsFacade#updateItem}).
 */
@Local
public interface RecurringPaymentsFacade {

    /**
     * The periods these payments are of their recurring payments, for the payments the caller may see (members: the
     * organization's; a patient: their own) that are part of one; in no particular order.
     */
    List<RecurringPeriodView> periodsOf(Caller caller, List<Long> billingItemIds);
}
