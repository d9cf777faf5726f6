package org.caregate.billing.domain.invoices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices, their payers without an account, and what their payments add up to. */
public interface RequestedPaymentRepository {

    RequestedPayment add(RequestedPayment invoice);

    RequestedPayer addPayer(RequestedPayer payer);

    /** The organization's invoice, deleted ones too. */
    Optional<RequestedPayment> find(long organizationId, long id);

    /** The organization's invoice, locked until the transaction ends (payments of one invoice take turns). */
    Optional<RequestedPayment> lock(long organizationId, long id);

    Optional<RequestedPayer> payer(long organizationId, long id);

    /** The payer without an account with this external uuid, in any organization. */
    Optional<RequestedPayer> payerByUuid(UUID uuid);

    /** The invoices of this payer without an account. */
    List<RequestedPayment> ofPayer(long requestedPayerId);

    /** The organization's next invoice number, counted per organization (the count is held until commit). */
    long nextNumber(long organizationId);

    /** What the invoice's payments add up to (declined and deleted payments left out). */
    InvoiceBalance balance(RequestedPayment invoice);

    /** The ids of the invoice's payments (deleted ones left out), oldest first. */
    List<Long> paymentIds(long organizationId, long invoiceId);

    /** The invoice's latest paid payment (charged, or recorded as paid outside), if any. */
    Optional<Long> lastPaidPayment(long organizationId, long invoiceId);

    /** The organization's invoices matching the search, not deleted. */
    List<RequestedPayment> search(long organizationId, InvoiceSearch search);

    /**
     * A search over the organization's invoices.
     *
     * @param recipientId only this patient's
     * @param senderId    only those sent by this member
     * @param preview     invoices in preview instead of the others
     * @param keywords    words matched against the invoice number, notes, services, the package's name and status
     * @param status      only invoices in this status ({@link InvoiceBalance#STATUSES})
     * @param onlyUnpaid  only invoices that still owe something
     */
    record InvoiceSearch(Long recipientId, Long senderId, boolean preview, String keywords, String status,
                         boolean onlyUnpaid, boolean oldestFirst, int offset, int limit) {
    }
}
