package org.caregate.billing.domain.claims;

import java.util.Currency;
import java.util.List;
import org.caregate.billing.api.Money;

/**
 * What a claim adds up to, exactly ({@link Money}, never floating point): the total fee is the sum over its procedure
 * lines of units × fee per unit; the balance due is what of it is not paid, never below zero; the status follows
 * from the two.
 */
public final class ClaimTotals {

    public static final String UNPAID = "Unpaid";
    public static final String PARTIALLY_PAID = "Partially Paid";
    public static final String PAID = "Paid";

    private ClaimTotals() {
    }

    /** Units × fee of one line. */
    public static Money lineTotal(CptCodeLine line, Currency currency) {
        return new Money(line.fee(), currency).times(line.units());
    }

    /** The sum of the lines' totals; refused ({@link IllegalArgumentException}) beyond {@link Money#MAXIMUM}. */
    public static Money totalFee(List<CptCodeLine> lines, Currency currency) {
        Money total = Money.zero(currency);
        for (CptCodeLine line : lines) {
            total = total.plus(lineTotal(line, currency));
        }
        return total;
    }

    /** What is still owed: the total less what was paid, and nothing when more was paid. */
    public static Money balanceDue(Money totalFee, Money amountPaid) {
        Money balance = totalFee.minus(amountPaid);
        return balance.isNegative() ? Money.zero(totalFee.currency()) : balance;
    }

    /** "Unpaid" while nothing is paid, "Paid" once the total is, "Partially Paid" between. */
    public static String status(Money totalFee, Money amountPaid) {
        if (amountPaid.isZero()) {
            return UNPAID;
        }
        return amountPaid.compareTo(totalFee) >= 0 ? PAID : PARTIALLY_PAID;
    }
}
