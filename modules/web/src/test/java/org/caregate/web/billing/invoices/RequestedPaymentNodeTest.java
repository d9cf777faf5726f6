package org.caregate.web.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.invoices.RequestedPayerView;
import org.caregate.billing.api.invoices.RequestedPaymentView;
import org.junit.jupiter.api.Test;

class RequestedPaymentNodeTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static RequestedPaymentView invoice(boolean forPayer) {
        Money price = new Money(new BigDecimal("75"), Currency.getInstance("USD"));
        return new RequestedPaymentView(41, "UU-1-2026", "other", price, price, "Not Yet Paid", "Other: x", null,
                "x", null, null, null, null, null, new RequestedPayerView(9, false, "Acme", "Wellness", null, null),
                List.of(), false, false, AT, AT, null, "UTC", forPayer);
    }

    @Test
    void aPayerWithoutAnAccountIsShownNoIds() {
        RequestedPaymentNode node = RequestedPaymentNode.of(invoice(true));
        assertThat(node.id()).as("the invoice's id").isNull();
        assertThat(node.requestedPayer().id()).as("the payer's sequential id").isNull();
        assertThat(node.requestedPayer().firstName()).isEqualTo("Acme");
        assertThat(node.invoiceId()).isEqualTo("UU-1-2026");
        assertThat(node.debt()).isEqualTo("75.00");
    }

    @Test
    void othersSeeTheIds() {
        RequestedPaymentNode node = RequestedPaymentNode.of(invoice(false));
        assertThat(node.id()).isEqualTo("41");
        assertThat(node.requestedPayer().id()).isEqualTo("9");
    }
}
