package org.caregate.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceLettersTest {

    @Test
    void anInvoiceEmailTellsTheNumberWhatItIsForAndWhatIsOwedWithoutALink() {
        Letters.Invoice invoice = new Letters.Invoice("Sunny Clinic", "Acme Wellness", "UU-1-2022",
                "Other: example description", "1234.00 USD", "1000.00 USD", "Due in 30 days");
        assertThat(Letters.subject(invoice)).isEqualTo("Invoice UU-1-2022 from Sunny Clinic");
        assertThat(Letters.email(invoice)).startsWith("Hello Acme Wellness,")
                .contains("Other: example description", "Amount: 1234.00 USD", "Still owed: 1000.00 USD",
                        "Notes: Due in 30 days")
                .doesNotContain("http");
    }

    @Test
    void aReceiptTellsTheAmountAndWhatTheInvoiceStillOwes() {
        Letters.Receipt receipt = new Letters.Receipt(null, "Ivy Invoiced", "40.00 USD", "1 December 2026",
                "UU-2-2026", "60.00 USD");
        assertThat(Letters.subject(receipt)).isEqualTo("Your receipt from your care team");
        assertThat(Letters.email(receipt)).contains("Amount paid: 40.00 USD", "Invoice: UU-2-2026",
                "Still owed on it: 60.00 USD");
        assertThat(Letters.email(new Letters.Receipt("Clinic", null, "5.00 USD", "1 December 2026", null, null)))
                .startsWith("Hello,").doesNotContain("Invoice:");
    }
}
