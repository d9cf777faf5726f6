package org.caregate.billing.domain.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an invoice's payments add up to and what is still owed. Payments that are paid (charged, or recorded as paid
 * outside) count towards the shown status and debt; a charge still waiting for the card's answer also holds its
 * amount, so that a new payment can never, with it, pay more than the price. A declined payment counts for nothing.
 * An invoice marked "Manually Paid" owes nothing and takes no payment.
 *
 * @param price    what the invoice asks for
 * @param paid     the sum of its paid payments
 * @param charging the sum of its payments still being charged
 */
public record InvoiceBalance(BigDecimal price, BigDecimal paid, BigDecimal charging, boolean manuallyPaid) {

    /** Not paid at all. */
    public static final String NOT_YET_PAID = "Not Yet Paid";
    /** Some, not all, paid. */
    public static final String PARTIALLY_PAID = "Partially Paid";
    /** Paid in full by its payments. */
    public static final String PAID = "Paid";
    /** Marked paid by a member (paid outside Caregate): owes nothing, takes no payment. */
    public static final String MANUALLY_PAID = "Manually Paid";

    /** Every status, in the order an invoice moves through them. */
    public static final List<String> STATUSES = List.of(NOT_YET_PAID, PARTIALLY_PAID, PAID, MANUALLY_PAID);

    public InvoiceBalance {
        paid = paid == null ? BigDecimal.ZERO : paid;
        charging = charging == null ? BigDecimal.ZERO : charging;
    }

    /** The status as seed 001 prints it. */
    public String status() {
        if (manuallyPaid) {
            return MANUALLY_PAID;
        }
        if (paid.compareTo(price) >= 0) {
            return PAID;
        }
        return paid.signum() > 0 ? PARTIALLY_PAID : NOT_YET_PAID;
    }

    /** What is still owed once the paid payments are counted, never below zero. */
    public BigDecimal debt() {
        return manuallyPaid ? BigDecimal.ZERO : price.subtract(paid).max(BigDecimal.ZERO);
    }

    /** What a new payment may pay at most: the debt less what is being charged right now. */
    public BigDecimal payable() {
        return manuallyPaid ? BigDecimal.ZERO : price.subtract(paid).subtract(charging).max(BigDecimal.ZERO);
    }

    /** Whether it is unpaid in part or in full ({@code only_unpaid}). */
    public boolean isUnpaid() {
        return debt().signum() > 0;
    }

    /** The status a client may set: {@code Manually Paid} marks it so; a computed status removes that mark. */
    public static Optional<Boolean> manualMarkOf(String status) {
        if (status == null) {
            return Optional.empty();
        }
        for (String known : STATUSES) {
            if (known.equalsIgnoreCase(status.strip())) {
                return Optional.of(known.equals(MANUALLY_PAID));
            }
        }
        return Optional.empty();
    }
}
