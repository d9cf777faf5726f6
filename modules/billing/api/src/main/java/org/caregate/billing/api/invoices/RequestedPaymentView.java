package org.caregate.billing.api.invoices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caregate.billing.api.Money;

/**
 * An invoice as the API shows it. {@code debt} is what is still owed; {@code status} "Not Yet Paid", "Partially
 * Paid", "Paid" or "Manually Paid". A view for a payer without an account ({@code forPayer}) names no people and no
 * payments.
 *
 * @param invoiceId the invoice number ("UU-1-2022")
 * @param details   what it is for, in words ("Other: example description")
 * @param zone      the time zone its {@code date_to_show} is written in (its sender's)
 */
public record RequestedPaymentView(long id, String invoiceId, String invoiceType, Money price, Money debt,
                                   String status, String details, String notes, String servicesProvided,
                                   LocalDate serviceDate, Long recipientId, Long senderId, Long offeringId,
                                   Long cms1500Id, RequestedPayerView requestedPayer, List<Long> billingItemIds,
                                   boolean manuallyPaid, boolean preview, Instant createdAt, Instant updatedAt,
                                   Instant deletedAt, String zone, boolean forPayer) {

    public RequestedPaymentView {
        billingItemIds = billingItemIds == null ? List.of() : List.copyOf(billingItemIds);
    }
}
