package org.caregate.billing.api.invoices;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What outreach needs to email an invoice or a receipt, by the ids billing's email events carry: the address, the
 * payer's name and the amounts — no diagnosis, no card. Not for web adapters.
 */
@Local
public interface InvoiceNotices {

    /** The organization's invoice, as its payer is told of it; empty when it is gone, in preview or unaddressable. */
    Optional<InvoiceNotice> invoice(long organizationId, long requestedPaymentId);

    /** The organization's paid payment, as its receipt tells it; empty when it is not paid or unaddressable. */
    Optional<ReceiptNotice> receipt(long organizationId, long billingItemId);

    /**
     * An invoice's email.
     *
     * @param price "1234.00 USD"
     * @param debt  what is still owed, "1234.00 USD"
     */
    record InvoiceNotice(String email, String payerName, String invoiceId, String details, String price, String debt,
                         String notes) {
    }

    /**
     * A payment's receipt.
     *
     * @param invoiceId the invoice it paid, or {@code null}
     * @param debt      what the invoice still owes after it, or {@code null}
     */
    record ReceiptNotice(String email, String payerName, String amount, String paidOn, String invoiceId,
                         String debt) {
    }
}
