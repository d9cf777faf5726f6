package org.caregate.billing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void amountsKeepTheCurrencysMinorUnit() {
        assertEquals("1234.00", Money.parse("1234", USD).toPlainString());
        assertEquals("100.00", Money.parse("100.0", USD).toPlainString());
        assertEquals("0.13", Money.parse("0.125", USD).toPlainString());
        assertEquals("1500", Money.parse("1500.4", JPY).toPlainString());
    }

    @Test
    void arithmeticIsExact() {
        Money tenCents = Money.parse("0.10", USD);
        Money sum = Money.zero(USD);
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(tenCents);
        }
        assertEquals(Money.parse("1.00", USD), sum);
        assertEquals("2.70", Money.parse("0.90", USD).times(3).toPlainString());
        assertTrue(Money.parse("1", USD).minus(Money.parse("1.01", USD)).isNegative());
    }

    @Test
    void currenciesNeverMix() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", USD).plus(Money.parse("1", JPY)));
    }

    @Test
    void amountsBeyondTheColumnsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("10000000000"), USD));
        assertThrows(NumberFormatException.class, () -> Money.parse("1e", USD));
    }
}
