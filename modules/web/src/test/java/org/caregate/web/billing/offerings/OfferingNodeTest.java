package org.caregate.web.billing.offerings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Currency;
import org.caregate.billing.api.Money;
import org.junit.jupiter.api.Test;

class OfferingNodeTest {

    private static String amount(String text, String currency) {
        return OfferingNode.amount(Money.parse(text, Currency.getInstance(currency)));
    }

    @Test
    void amountsArePrintedAsTheSeedPrintsAPackagesPrice() {
        assertEquals("100.0", amount("100", "USD"));
        assertEquals("100.0", amount("100.00", "USD"));
        assertEquals("99.5", amount("99.50", "USD"));
        assertEquals("99.99", amount("99.99", "USD"));
        assertEquals("0.0", amount("0", "USD"));
        assertEquals("1000.0", amount("1000", "USD"));
        assertEquals("500.0", amount("500", "JPY"));
        assertEquals("9999999999.99", amount("9999999999.99", "USD"));
        assertNull(OfferingNode.amount(null));
    }
}
