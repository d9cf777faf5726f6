package org.caregate.billing.domain.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTotalsTest {

    @Test
    void theTotalIsUnitsTimesFeeSummedExactly() {
        List<CptCodeLine> lines = List.of(new CptCodeLine("99213", null, 3, new BigDecimal("0.10")),
                new CptCodeLine("97802", "GT", 2, new BigDecimal("33.33")),
                new CptCodeLine("97803", null, 1, new BigDecimal("0.01")));
        assertThat(ClaimTotals.totalFee(lines)).isEqualByComparingTo("66.97");
        assertThat(ClaimTotals.lineTotal(lines.get(0))).isEqualByComparingTo("0.30");
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; here it is exact
        assertThat(ClaimTotals.totalFee(List.of(new CptCodeLine("99213", null, 1, new BigDecimal("0.1")),
                new CptCodeLine("99213", null, 1, new BigDecimal("0.2"))))).isEqualByComparingTo("0.3");
    }

    @Test
    void noLinesAddUpToZero() {
        assertThat(ClaimTotals.totalFee(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void theBalanceIsWhatIsUnpaidAndNeverBelowZero() {
        BigDecimal total = new BigDecimal("1500.00");
        assertThat(ClaimTotals.balanceDue(total, new BigDecimal("1000"))).isEqualByComparingTo("500.00");
        assertThat(ClaimTotals.balanceDue(total, new BigDecimal("2000"))).isEqualByComparingTo("0");
    }

    @Test
    void theStatusFollowsWhatWasPaid() {
        BigDecimal total = new BigDecimal("100");
        assertThat(ClaimTotals.status(total, BigDecimal.ZERO)).isEqualTo("Unpaid");
        assertThat(ClaimTotals.status(total, new BigDecimal("40"))).isEqualTo("Partially Paid");
        assertThat(ClaimTotals.status(total, new BigDecimal("100.00"))).isEqualTo("Paid");
    }
}
