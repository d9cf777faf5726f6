package org.caregate.billing.domain.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceBalanceTest {

    private static InvoiceBalance balance(String price, String paid, String charging, boolean manual) {
        return new InvoiceBalance(new BigDecimal(price), new BigDecimal(paid), new BigDecimal(charging), manual);
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " <> " + actual);
    }

    @Test
    void nothingPaidOwesThePrice() {
        InvoiceBalance balance = balance("1234.00", "0", "0", false);
        assertEquals("Not Yet Paid", balance.status());
        same("1234.00", balance.debt());
        assertTrue(balance.isUnpaid());
    }

    @Test
    void aPartialPaymentLowersTheDebtExactly() {
        InvoiceBalance balance = balance("100.00", "33.33", "0", false);
        assertEquals("Partially Paid", balance.status());
        same("66.67", balance.debt());
        same("66.67", balance.payable());
    }

    @Test
    void paidInFullOwesNothing() {
        InvoiceBalance balance = balance("100.00", "100.00", "0", false);
        assertEquals("Paid", balance.status());
        same("0", balance.debt());
        assertFalse(balance.isUnpaid());
    }

    @Test
    void aChargeUnderWayHoldsItsAmountButIsNotYetPaid() {
        InvoiceBalance balance = balance("100.00", "40.00", "50.00", false);
        assertEquals("Partially Paid", balance.status());
        same("60.00", balance.debt());
        same("10.00", balance.payable());
    }

    @Test
    void markedManuallyPaidOwesNothingAndTakesNoPayment() {
        InvoiceBalance balance = balance("100.00", "10.00", "0", true);
        assertEquals("Manually Paid", balance.status());
        same("0", balance.debt());
        same("0", balance.payable());
    }

    @Test
    void aPriceLoweredBelowWhatWasPaidNeverOwesLessThanNothing() {
        same("0", balance("10.00", "20.00", "0", false).debt());
    }

    @Test
    void aClientSetsManuallyPaidOrTakesTheMarkAwayWithAComputedStatus() {
        assertEquals(Optional.of(true), InvoiceBalance.manualMarkOf("manually paid"));
        assertEquals(Optional.of(false), InvoiceBalance.manualMarkOf("Not Yet Paid"));
        assertEquals(Optional.empty(), InvoiceBalance.manualMarkOf("Refunded"));
    }
}
