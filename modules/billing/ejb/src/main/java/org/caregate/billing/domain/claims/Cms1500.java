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
 * A CMS 1500 claim (Healthie's {@code Cms1500}): the form a provider bills a patient's insurers with, the patient as
 * billed (name, birth date, address), the policies, diagnoses and procedures. Its total and status are computed
 * from its lines and what was paid.
 */
@Entity
@Table(name = "cms1500")
public class Cms1500 {

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

    @Column(name = "service_location_id", nullable = false)
    private String serviceLocationId;

    @Column(name = "patient_first_name")
    private String patientFirstName;

    @Column(name = "patient_last_name")
    private String patientLastName;

    @Column(name = "patient_dob")
    private LocalDate patientDob;

    @Column(name = "patient_gender")
    private String patientGender;

    @Column(name = "patient_line1", nullable = false)
    private String line1;

    @Column(name = "patient_line2")
    private String line2;

    @Column(name = "patient_city", nullable = false)
    private String city;

    @Column(name = "patient_state", nullable = false)
    private String state;

    @Column(name = "patient_zip", nullable = false)
    private String zip;

    @Column(name = "patient_country")
    private String country;

    @Column(name = "provider_npi")
    private String providerNpi;

    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "client_sig_on_file", nullable = false)
    private boolean clientSigOnFile;

    @ElementCollection
    @CollectionTable(name = "cms1500_policy", joinColumns = @JoinColumn(name = "cms1500_id"))
    @OrderColumn(name = "position")
    private List<PolicyLine> policies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cms1500_icd_code", joinColumns = @JoinColumn(name = "cms1500_id"))
    @OrderColumn(name = "position")
    private List<IcdCodeLine> icdCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cms1500_cpt_code", joinColumns = @JoinColumn(name = "cms1500_id"))
    @OrderColumn(name = "position")
    private List<CptCodeLine> cptCodes = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Cms1500() {
    }

    /** A claim written now, in the organization's currency. */
    public Cms1500(long organizationId, Currency currency, Cms1500Draft draft, Instant now) {
        this.organizationId = organizationId;
        this.currency = currency.getCurrencyCode();
        this.createdAt = now;
        revise(draft, now);
    }

    /** Writes the claim as the draft has it (the draft holds the whole claim, changed or not). */
    public void revise(Cms1500Draft draft, Instant now) {
        this.patientId = draft.patientId();
        this.providerId = draft.providerId();
        this.appointmentId = draft.appointmentId();
        this.serviceLocationId = draft.serviceLocationId();
        this.patientFirstName = draft.patientFirstName();
        this.patientLastName = draft.patientLastName();
        this.patientDob = draft.patientDob();
        this.patientGender = draft.patientGender();
        this.line1 = draft.address().line1();
        this.line2 = draft.address().line2();
        this.city = draft.address().city();
        this.state = draft.address().state();
        this.zip = draft.address().zip();
        this.country = draft.address().country();
        this.providerNpi = draft.providerNpi();
        this.amountPaid = draft.amountPaid();
        this.clientSigOnFile = draft.clientSigOnFile();
        replace(policies, draft.policies());
        replace(icdCodes, draft.icdCodes());
        replace(cptCodes, draft.cptCodes());
        this.updatedAt = now;
    }

    /** The claim as it stands, as a draft to change. */
    public Cms1500Draft draft() {
        return new Cms1500Draft(patientId, providerId, appointmentId, serviceLocationId, patientFirstName,
                patientLastName, patientDob, patientGender, address(), providerNpi, amountPaid(), clientSigOnFile,
                List.copyOf(policies), List.copyOf(icdCodes), List.copyOf(cptCodes));
    }

    private static <T> void replace(List<T> lines, List<T> with) {
        lines.clear();
        lines.addAll(with);
    }

    public Cms1500Draft.Address address() {
        return new Cms1500Draft.Address(line1, line2, city, state, zip, country);
    }

    /** Units × fee over the procedure lines. */
    public BigDecimal totalFee() {
        return ClaimTotals.totalFee(cptCodes);
    }

    /** What of the total is not paid, never below zero. */
    public BigDecimal balanceDue() {
        return ClaimTotals.balanceDue(totalFee(), amountPaid);
    }

    public String status() {
        return ClaimTotals.status(totalFee(), amountPaid);
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

    public String serviceLocationId() {
        return serviceLocationId;
    }

    public String patientFirstName() {
        return patientFirstName;
    }

    public String patientLastName() {
        return patientLastName;
    }

    public LocalDate patientDob() {
        return patientDob;
    }

    public String patientGender() {
        return patientGender;
    }

    public String providerNpi() {
        return providerNpi;
    }

    public boolean clientSigOnFile() {
        return clientSigOnFile;
    }

    public List<PolicyLine> policies() {
        return List.copyOf(policies);
    }

    public List<IcdCodeLine> icdCodes() {
        return List.copyOf(icdCodes);
    }

    public List<CptCodeLine> cptCodes() {
        return List.copyOf(cptCodes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
