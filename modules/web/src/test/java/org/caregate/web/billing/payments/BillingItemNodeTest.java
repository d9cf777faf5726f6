package org.caregate.web.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.Money;
import org.junit.jupiter.api.Test;

class BillingItemNodeTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static BillingItemView item(String amount, String refunded, String currency) {
        Currency c = Currency.getInstance(currency);
        return new BillingItemView(7, new Money(new BigDecimal(amount), c), new Money(new BigDecimal(refunded), c),
                "succeeded", null, 61L, 3L, 21L, null, null, "key", AT, AT, null);
    }

    @Test
    void amountsAreStringsWithTheCurrencysScaleAsSeed001PrintsThem() {
        BillingItemNode node = BillingItemNode.of(item("1234", "0", "USD"));
        assertThat(node.amountPaid()).isEqualTo("1234.00");
        assertThat(node.amountRefunded()).isEqualTo("0.00");
        assertThat(node.currency()).isEqualTo("USD");
        assertThat(BillingItemNode.of(item("567.5", "10.1", "EUR")).amountPaid()).isEqualTo("567.50");
        assertThat(BillingItemNode.of(item("500", "0", "JPY")).amountPaid()).as("no minor unit").isEqualTo("500");
        assertThat(BillingItemNode.of(item("0.1", "0", "USD")).amountPaid()).as("never 0.1 or 1.0E-1").isEqualTo("0.10");
    }

    @Test
    void aCardShowsItsBrandLastFourAndExpiryOnly() {
        StripeCustomerDetailNode card = StripeCustomerDetailNode.of(new CardView(21, 61, "hsa", true, "visa", "4242",
                3, 2031, AT));
        assertThat(card.expiration()).isEqualTo("03/2031");
        assertThat(card.lastFour()).isEqualTo("4242");
        assertThat(card.cardTypeLabel()).isEqualTo("hsa");
        assertThat(card.isDefault()).isTrue();
    }
}
