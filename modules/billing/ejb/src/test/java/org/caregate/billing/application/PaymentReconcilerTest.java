package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.CardLabel;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.StripeCustomerDetail;
import org.junit.jupiter.api.Test;

class PaymentReconcilerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** A gateway that remembers what it was asked. */
    static final class AskedGateway implements PaymentGateway {
        final List<Charge> asked = new ArrayList<>();
        ChargeOutcome answer = new Charged("pi_1");

        @Override
        public SavedCard saveCard(long organizationId, String customerId, long patientId, String token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChargeOutcome charge(long organizationId, Charge charge) {
            asked.add(charge);
            return answer;
        }

        @Override
        public ChargeOutcome refund(long organizationId, String chargeId, long amountMinor, String key) {
            throw new UnsupportedOperationException();
        }
    }

    private static BillingItem pending() {
        return new BillingItem(1, 2, null, 4L, new java.math.BigDecimal("25.00"), Currency.getInstance("USD"), null, null,
                "client-key", "f", "client-key", null, NOW, Duration.ofMinutes(2));
    }

    private static StripeCustomerDetail card() {
        return new StripeCustomerDetail(1, 2, new PaymentGateway.SavedCard("cus_1", "pm_1", "visa", "4242", 12, 2030),
                CardLabel.PERSONAL, true, NOW);
    }

    @Test
    void anUnsettledChargeIsAskedAgainUnderItsOwnKeyAndParameters() {
        PaymentReconciler reconciler = new PaymentReconciler();
        AskedGateway gateway = new AskedGateway();
        reconciler.gateway = gateway;
        PaymentGateway.ChargeOutcome outcome = reconciler.decide(pending(), card());
        assertThat(outcome).isEqualTo(new PaymentGateway.Charged("pi_1"));
        assertThat(gateway.asked).singleElement().satisfies(charge -> {
            assertThat(charge.idempotencyKey()).isEqualTo("client-key");
            assertThat(charge.amountMinor()).isEqualTo(2500L);
            assertThat(charge.currency()).isEqualTo("USD");
            assertThat(charge.paymentMethodId()).isEqualTo("pm_1");
        });
    }

    @Test
    void aSettledPaymentIsNotAskedAboutAndAMissingCardIsADecline() {
        PaymentReconciler reconciler = new PaymentReconciler();
        AskedGateway gateway = new AskedGateway();
        reconciler.gateway = gateway;
        BillingItem settled = pending();
        settled.settle(new PaymentGateway.Charged("pi_0"), NOW);
        assertThat(reconciler.decide(settled, card())).isInstanceOf(PaymentGateway.Unknown.class);
        assertThat(reconciler.decide(pending(), null)).isInstanceOf(PaymentGateway.Declined.class);
        assertThat(gateway.asked).isEmpty();
    }
}
