package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void readsAmountsExactlyWithTheCurrencysScale() {
        assertThat(Amounts.read("567.53", USD).money().toPlainString()).isEqualTo("567.53");
        assertThat(Amounts.read("1234", USD).money().toPlainString()).isEqualTo("1234.00");
        assertThat(Amounts.read(" 100.0 ", USD).money().toPlainString()).isEqualTo("100.00");
        assertThat(Amounts.read("0.10", USD).money().toPlainString()).isEqualTo("0.10");
        assertThat(Amounts.read("500", JPY).money().toPlainString()).isEqualTo("500");
        assertThat(Amounts.read("9999999999.99", USD).problem()).isNull();
    }

    @Test
    void refusesWhatIsNotAPlainAmount() {
        for (String bad : new String[] {"", "  ", "-1", "1e3", "1,000.00", "12.345", "NaN", "Infinity", "0x10",
                "10000000000", "12.", ".5", "1.5.5", "１２"}) {
            assertThat(Amounts.read(bad, USD).problem()).as(bad).isNotNull();
        }
        assertThat(Amounts.read(null, USD).problem()).isEqualTo("can't be blank");
        assertThat(Amounts.read("1.5", JPY).problem()).contains("decimal places");
        assertThat(Amounts.read("12.340", USD).problem()).as("trailing zeros beyond cents are fine").isNull();
    }

    @Test
    void minorUnitsAreExact() {
        assertThat(Amounts.minorUnits(Amounts.read("567.53", USD).money())).isEqualTo(56753L);
        assertThat(Amounts.minorUnits(Amounts.read("0.29", USD).money())).isEqualTo(29L);
        assertThat(Amounts.minorUnits(Amounts.read("9999999999.99", USD).money())).isEqualTo(999999999999L);
        assertThat(Amounts.minorUnits(Amounts.read("500", JPY).money())).isEqualTo(500L);
    }
}
