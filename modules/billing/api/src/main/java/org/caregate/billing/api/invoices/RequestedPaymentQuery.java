package org.caregate.billing.api.invoices;

/** {@code requestedPayments}' arguments as the client sent them; the facade checks each. */
public record RequestedPaymentQuery(Integer offset, String keywords, String sortBy, Boolean onlyUnpaid, String senderId,
                                    String statusFilter, Boolean preview) {
}
