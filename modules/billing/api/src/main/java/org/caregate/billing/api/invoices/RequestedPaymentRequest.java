package org.caregate.billing.api.invoices;

/**
 * {@code createRequestedPayment} / {@code updateRequestedPayment}'s input as the client sent it (ids and amounts as
 * strings); on update a field left out stays as it is.
 *
 * @param requestedPayer a payer without an account; {@code null} when none is named
 */
public record RequestedPaymentRequest(String id, String invoiceType, String recipientId, String senderId,
                                      String offeringId, String cms1500Id, String price, String notes,
                                      String serviceDate, String servicesProvided, String status, Boolean isPreview,
                                      String userPackageSelectionId, Payer requestedPayer, Boolean sendRequestEmail,
                                      Boolean resendReceipt) {

    /** A payer without an account as the client named them. */
    public record Payer(String firstName, String lastName, String email) {
    }
}
