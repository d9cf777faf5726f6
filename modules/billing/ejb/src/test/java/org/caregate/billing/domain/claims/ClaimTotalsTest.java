package org.caregate.billing.domain.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.caregate.billing.api.Money;
import org.junit.jupiter.api.Test;

class ClaimTotalsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void theTotalIsUnitsTimesFeeSummedExactly() {
        List<CptCodeLine> lines = List.of(new CptCodeLine("99213", null, 3, new BigDecimal("0.10")),
                new CptCodeLine("97802", "GT", 2, new BigDecimal("33.33")),
                new CptCodeLine("97803", null, 1, new BigDecimal("0.01")));
        Money total = ClaimTotals.totalFee(lines, USD);
        assertThat(total.toPlainString()).isEqualTo("66.97");
        assertThat(ClaimTotals.lineTotal(lines.get(0), USD).toPlainString()).isEqualTo("0.30");
    }

    @Test
    void noLinesAddUpToZeroWithTheCurrencysScale() {
        assertThat(ClaimTotals.totalFee(List.of(), USD).toPlainString()).isEqualTo("0.00");
        assertThat(ClaimTotals.totalFee(List.of(), Currency.getInstance("JPY")).toPlainString()).isEqualTo("0");
    }

    @Test
    void theBalanceIsWhatIsUnpaidAndNeverBelowZero() {
        Money total = Money.parse("1500.00", USD);
        assertThat(ClaimTotals.balanceDue(total, Money.parse("1000", USD)).toPlainString()).isEqualTo("500.00");
        assertThat(ClaimTotals.balanceDue(total, Money.parse("2000", USD)).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void theStatusFollowsWhatWasPaid() {
        Money total = Money.parse("100", USD);
        assertThat(ClaimTotals.status(total, Money.zero(USD))).isEqualTo("Unpaid");
        assertThat(ClaimTotals.status(total, Money.parse("40", USD))).isEqualTo("Partially Paid");
        assertThat(ClaimTotals.status(total, Money.parse("100", USD))).isEqualTo("Paid");
    }

    @Test
    void aTotalBeyondTheMaximumIsRefused() {
        List<CptCodeLine> lines = List.of(new CptCodeLine("99213", null, 999, Money.MAXIMUM));
        assertThatThrownBy(() -> ClaimTotals.totalFee(lines, USD)).isInstanceOf(IllegalArgumentException.class);
    }
}
