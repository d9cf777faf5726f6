package org.caregate.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BillingItemTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    private static BillingItem charge(String amount) {
        return new BillingItem(1, 2, 3L, 4L, usd(amount), USD, null, null, "key-1", "f", "key-1", null, NOW, GRACE);
    }

    @Test
    void aChargeIsAnIntentUntilTheGatewayAnswers() {
        BillingItem item = charge("100.00");
        assertThat(item.state()).isEqualTo(PaymentState.PENDING);
        assertThat(item.reconcileAfter()).isEqualTo(NOW.plus(GRACE));
        assertThat(item.settle(new PaymentGateway.Unknown("timeout"), NOW)).as("no answer changes nothing").isFalse();
        assertThat(item.state()).isEqualTo(PaymentState.PENDING);
        assertThat(item.settle(new PaymentGateway.Charged("pi_1"), NOW)).isTrue();
        assertThat(item.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(item.gatewayChargeId()).isEqualTo("pi_1");
        assertThat(item.reconcileAfter()).isNull();
        assertThat(item.settle(new PaymentGateway.Declined("card_declined", "late"), NOW))
                .as("a settled charge is not settled again (the request and the reconciler may both answer)").isFalse();
        assertThat(item.state()).isEqualTo(PaymentState.SUCCEEDED);
    }

    @Test
    void aDeclineKeepsTheIssuersReasonAndMayBeRetriedUnderANewKey() {
        BillingItem item = charge("100.00");
        item.settle(new PaymentGateway.Declined("insufficient_funds", "Your card has insufficient funds."), NOW);
        assertThat(item.state()).isEqualTo(PaymentState.FAILED);
        assertThat(item.failureReason()).isEqualTo("Your card has insufficient funds.");
        assertThat(item.refundable().signum()).as("nothing paid, nothing refundable").isZero();
        item.retry("key-2", NOW, GRACE);
        assertThat(item.state()).isEqualTo(PaymentState.PENDING);
        assertThat(item.chargeKey()).isEqualTo("key-2");
        assertThat(item.attempts()).isEqualTo(2);
        assertThatThrownBy(() -> item.retry("key-3", NOW, GRACE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndNotRefunded() {
        BillingItem item = charge("100.00");
        assertThat(item.reserveRefund(usd("1.00"), NOW)).as("nothing refundable while pending").isFalse();
        item.settle(new PaymentGateway.Charged("pi_1"), NOW);
        assertThat(item.reserveRefund(usd("100.01"), NOW)).isFalse();
        assertThat(item.reserveRefund(usd("60.00"), NOW)).isTrue();
        assertThat(item.reserveRefund(usd("40.01"), NOW)).isFalse();
        assertThat(item.reserveRefund(usd("0.00"), NOW)).isFalse();
        assertThat(item.reserveRefund(usd("40.00"), NOW)).isTrue();
        assertThat(item.refundable().signum()).isZero();
        item.releaseRefund(usd("40.00"), NOW);
        assertThat(item.refundable().toPlainString()).isEqualTo("40.00");
        assertThat(item.refunded().toPlainString()).isEqualTo("60.00");
    }

    @Test
    void anOutsidePaymentIsNeverCharged() {
        BillingItem outside = new BillingItem(1, 2, null, null, usd("50"), USD, "cash", "cash", null, "f", null, null,
                NOW, GRACE);
        assertThat(outside.state()).isEqualTo(PaymentState.OUTSIDE);
        assertThat(outside.reconcileAfter()).isNull();
        assertThat(outside.settle(new PaymentGateway.Charged("pi_x"), NOW)).isFalse();
        assertThat(outside.correctOutsideAmount(usd("60"), NOW)).isTrue();
        assertThat(outside.reserveRefund(usd("60"), NOW)).isTrue();
        assertThat(outside.correctOutsideAmount(usd("59.99"), NOW)).as("not below what was refunded").isFalse();
        BillingItem charged = charge("10");
        assertThat(charged.correctOutsideAmount(usd("20"), NOW)).as("a charge's amount is what was charged").isFalse();
    }
}
