package org.caregate.billing.domain.claims;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a claim adds up to, exactly ({@link BigDecimal}, never floating point): the total fee is the sum over its
 * procedure lines of units × fee per unit; the balance due is what of it is not paid, never below zero; the status
 * follows from the two.
 */
public final class ClaimTotals {

    public static final String UNPAID = "Unpaid";
    public static final String PARTIALLY_PAID = "Partially Paid";
    public static final String PAID = "Paid";

    private ClaimTotals() {
    }

    /** Units × fee of one line. */
    public static BigDecimal lineTotal(CptCodeLine line) {
        return line.fee().multiply(BigDecimal.valueOf(line.units()));
    }

    /** The sum of the lines' totals. */
    public static BigDecimal totalFee(List<CptCodeLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (CptCodeLine line : lines) {
            total = total.add(lineTotal(line));
        }
        return total;
    }

    /** What is still owed: the total less what was paid, and nothing when more was paid. */
    public static BigDecimal balanceDue(BigDecimal totalFee, BigDecimal amountPaid) {
        BigDecimal balance = totalFee.subtract(amountPaid);
        return balance.signum() < 0 ? BigDecimal.ZERO : balance;
    }

    /** "Unpaid" while nothing is paid, "Paid" once the total is, "Partially Paid" between. */
    public static String status(BigDecimal totalFee, BigDecimal amountPaid) {
        if (amountPaid.signum() == 0) {
            return UNPAID;
        }
        return amountPaid.compareTo(totalFee) >= 0 ? PAID : PARTIALLY_PAID;
    }
}
