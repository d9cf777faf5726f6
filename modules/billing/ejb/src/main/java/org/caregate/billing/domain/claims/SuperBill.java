package org.caregate.billing.domain.claims;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A superbill: the itemized statement of a visit a patient files with their insurer themselves (Healthie's
 * {@code SuperBill}). Its amounts are in the currency the organization billed in when it was written; its total is
 * always computed from its procedure lines, never stored.
 */
@Entity
@Table(name = "super_bill")
public class SuperBill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "provider_name", nullable = false)
    private String providerName;

    @Column(name = "patient_dob", nullable = false)
    private LocalDate patientDob;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    /** The status a provider set, or {@code null} to follow the amounts. */
    private String status;

    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @Column(nullable = false, updatable = false)
    private String currency;

    @ElementCollection
    @CollectionTable(name = "super_bill_icd_code", joinColumns = @JoinColumn(name = "super_bill_id"))
    @OrderColumn(name = "position")
    private List<IcdCodeLine> icdCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "super_bill_cpt_code", joinColumns = @JoinColumn(name = "super_bill_id"))
    @OrderColumn(name = "position")
    private List<CptCodeLine> cptCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "super_bill_receipt_line_item", joinColumns = @JoinColumn(name = "super_bill_id"))
    @OrderColumn(name = "position")
    private List<ReceiptLine> receiptLines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SuperBill() {
    }

    /** A superbill written now, in the organization's currency. */
    public SuperBill(long organizationId, Currency currency, SuperBillDraft draft, Instant now) {
        this.organizationId = organizationId;
        this.currency = currency.getCurrencyCode();
        this.createdAt = now;
        revise(draft, now);
    }

    /** Writes the superbill as the draft has it (the draft holds the whole superbill, changed or not). */
    public void revise(SuperBillDraft draft, Instant now) {
        this.patientId = draft.patientId();
        this.providerId = draft.providerId();
        this.appointmentId = draft.appointmentId();
        this.providerName = draft.providerName();
        this.patientDob = draft.patientDob();
        this.serviceDate = draft.serviceDate();
        this.status = draft.status();
        this.amountPaid = draft.amountPaid();
        replace(icdCodes, draft.icdCodes());
        replace(cptCodes, draft.cptCodes());
        replace(receiptLines, draft.receiptLines());
        this.updatedAt = now;
    }

    /** The superbill as it stands, as a draft to change. */
    public SuperBillDraft draft() {
        return new SuperBillDraft(patientId, providerId, appointmentId, providerName, patientDob, serviceDate, status,
                amountPaid(), List.copyOf(icdCodes), List.copyOf(cptCodes), List.copyOf(receiptLines));
    }

    private static <T> void replace(List<T> lines, List<T> with) {
        lines.clear();
        lines.addAll(with);
    }

    /** Units × fee over the procedure lines. */
    public BigDecimal totalFee() {
        return ClaimTotals.totalFee(cptCodes);
    }

    /** What of the total is not paid, never below zero. */
    public BigDecimal balanceDue() {
        return ClaimTotals.balanceDue(totalFee(), amountPaid);
    }

    /** The status a provider set, else the one the amounts say. */
    public String status() {
        return status != null ? status : ClaimTotals.status(totalFee(), amountPaid);
    }

    public BigDecimal amountPaid() {
        return amountPaid;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long patientId() {
        return patientId;
    }

    public long providerId() {
        return providerId;
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public String providerName() {
        return providerName;
    }

    public LocalDate patientDob() {
        return patientDob;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public List<IcdCodeLine> icdCodes() {
        return List.copyOf(icdCodes);
    }

    public List<CptCodeLine> cptCodes() {
        return List.copyOf(cptCodes);
    }

    public List<ReceiptLine> receiptLines() {
        return List.copyOf(receiptLines);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
