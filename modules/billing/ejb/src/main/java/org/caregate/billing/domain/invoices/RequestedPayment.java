package org.caregate.billing.domain.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An invoice (Healthie's {@code RequestedPayment}): a member of the organization (its sender) asks a patient (its
 * recipient) — or a payer without an account — to pay a price, in the organization's currency, for a package, a
 * CMS 1500 claim or other services. It is known by its invoice number ({@code invoice_id}, "UU-1-2022"), unique in the
 * organization. Payments name it and pay it in part or in full ({@link InvoiceBalance}); a member may mark it paid
 * outside Caregate. An invoice in preview is kept out of lists unless asked for. Deleting it is soft.
 */
@Entity
@Table(name = "requested_payments")
public class RequestedPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "invoice_number", nullable = false, updatable = false)
    private String invoiceNumber;

    @Column(name = "invoice_type", nullable = false)
    private String invoiceType;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "requested_payer_id")
    private Long requestedPayerId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "cms1500_id")
    private Long cms1500Id;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "manually_paid", nullable = false)
    private boolean manuallyPaid;

    private String notes;

    @Column(name = "services_provided")
    private String servicesProvided;

    @Column(name = "service_date")
    private LocalDate serviceDate;

    @Column(name = "is_preview", nullable = false)
    private boolean preview;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected RequestedPayment() {
    }

    /** A new invoice under its organization's next number; what it is for is set with {@link #invoiceFor}. */
    public RequestedPayment(long organizationId, String invoiceNumber, long senderId, Currency currency, Instant now) {
        this.organizationId = organizationId;
        this.invoiceNumber = invoiceNumber;
        this.senderId = senderId;
        this.currency = currency.getCurrencyCode();
        this.price = BigDecimal.ZERO;
        this.invoiceType = InvoiceType.OTHER.wire();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Says what the invoice is for: a package, a claim, or services described in words (with their date); the
     * others are cleared, as an invoice is for one thing.
     */
    public void invoiceFor(InvoiceType type, Long offering, Long cms1500, String services, LocalDate serviceOn,
                           Instant now) {
        this.invoiceType = type.wire();
        this.offeringId = type == InvoiceType.OFFERING ? offering : null;
        this.cms1500Id = type == InvoiceType.CMS1500 ? cms1500 : null;
        this.servicesProvided = type == InvoiceType.OTHER ? services : null;
        this.serviceDate = type == InvoiceType.OTHER ? serviceOn : null;
        this.updatedAt = now;
    }

    /** Addresses it to a patient, to a payer without an account, or to both (the payer pays for the patient). */
    public void addressTo(Long patient, Long payer, Instant now) {
        this.recipientId = patient;
        this.requestedPayerId = payer;
        this.updatedAt = now;
    }

    public void reprice(BigDecimal newPrice, Instant now) {
        this.price = newPrice;
        this.updatedAt = now;
    }

    public void sentBy(long member, Instant now) {
        this.senderId = member;
        this.updatedAt = now;
    }

    public void note(String text, Instant now) {
        this.notes = text;
        this.updatedAt = now;
    }

    /** Marks it paid outside Caregate, or takes that mark away. */
    public void markManuallyPaid(boolean paid, Instant now) {
        this.manuallyPaid = paid;
        this.updatedAt = now;
    }

    /** Keeps it in preview (out of lists and unsent) or publishes it. */
    public void preview(boolean inPreview, Instant now) {
        this.preview = inPreview;
        this.updatedAt = now;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /** The words its {@code details} line shows: "Other: example description". */
    public String details(String offeringName) {
        InvoiceType type = type();
        String what = switch (type) {
            case OTHER -> servicesProvided;
            case OFFERING -> offeringName;
            case CMS1500 -> cms1500Id == null ? null : "claim " + cms1500Id;
        };
        return type.label() + ": " + (what == null ? "" : what);
    }

    public InvoiceType type() {
        return InvoiceType.parse(invoiceType).orElseThrow();
    }

    public long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public Long recipientId() {
        return recipientId;
    }

    public Long requestedPayerId() {
        return requestedPayerId;
    }

    public long senderId() {
        return senderId;
    }

    public Long offeringId() {
        return offeringId;
    }

    public Long cms1500Id() {
        return cms1500Id;
    }

    public BigDecimal price() {
        return price;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public boolean manuallyPaid() {
        return manuallyPaid;
    }

    public String notes() {
        return notes;
    }

    public String servicesProvided() {
        return servicesProvided;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public boolean isPreview() {
        return preview;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
