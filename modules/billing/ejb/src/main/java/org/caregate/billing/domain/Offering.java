package org.caregate.billing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A package an organization sells (Healthie's Offering): a price in the organization's currency, charged once or
 * every period of its billing frequency, granting credits for the appointment sessions it includes. Visible to every
 * patient, to none, or to one group's; archived packages are kept but not offered; deleted ones are gone for
 * everybody but the purchases and grants that name them.
 */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "first_time_payment", precision = 12, scale = 2)
    private BigDecimal firstTimePayment;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "billing_frequency", nullable = false)
    private String billingFrequency;

    @Column(name = "repeat_times")
    private Integer repeatTimes;

    @Column(name = "visibility_status", nullable = false)
    private String visibilityStatus;

    @Column(name = "user_group_id")
    private Long userGroupId;

    @Column(name = "charge_immediately", nullable = false)
    private boolean chargeImmediately;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OfferingInclude> includes = new ArrayList<>();

    protected Offering() {
    }

    /**
     * A new package of the organization, visible to everyone, priced in {@code currency} (the organization's; the
     * package keeps it). Amounts are exact, already checked to fit the currency's minor unit.
     */
    public static Offering offer(long organizationId, Long createdBy, String name, BigDecimal price, Currency currency,
                                 BillingFrequency frequency, Instant now) {
        Offering offering = new Offering();
        offering.organizationId = organizationId;
        offering.createdBy = createdBy;
        offering.name = name;
        offering.price = price;
        offering.currency = currency.getCurrencyCode();
        offering.billingFrequency = frequency.label();
        offering.visibilityStatus = Visibility.VISIBLE.label();
        offering.createdAt = now;
        offering.updatedAt = now;
        return offering;
    }

    /** An independent copy: its own includes, named "Copy of …", hidden until someone publishes it. */
    public Offering copy(Long copiedBy, Instant now) {
        Offering copy = offer(organizationId, copiedBy, copyName(name), price, currency(), frequency(), now);
        copy.description = description;
        copy.firstTimePayment = firstTimePayment;
        copy.repeatTimes = repeatTimes;
        copy.visibilityStatus = Visibility.HIDDEN.label();
        copy.userGroupId = null;
        copy.chargeImmediately = chargeImmediately;
        for (OfferingInclude include : includes) {
            copy.include(include.appointmentTypeId(), include.quantity(), include.isRepeating());
        }
        return copy;
    }

    static String copyName(String name) {
        String copied = "Copy of " + name;
        return copied.length() > 255 ? copied.substring(0, 255) : copied;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public void describe(String newDescription, Instant now) {
        this.description = newDescription;
        this.updatedAt = now;
    }

    /** A new price, in the package's own currency. */
    public void reprice(BigDecimal newPrice, Instant now) {
        this.price = newPrice;
        this.updatedAt = now;
    }

    /** The first payment, when it differs from the price; {@code null} charges the price first too. */
    public void chargeFirst(BigDecimal payment, Instant now) {
        this.firstTimePayment = payment;
        this.updatedAt = now;
    }

    public void bill(BillingFrequency frequency, Instant now) {
        this.billingFrequency = frequency.label();
        this.updatedAt = now;
    }

    /** Who sees it: everyone, no patient, or the patients of one group ({@code group} required then). */
    public void show(Visibility visibility, Long group, Instant now) {
        if (visibility == Visibility.GROUP && group == null) {
            throw new IllegalArgumentException("a group's package needs the group");
        }
        this.visibilityStatus = visibility.label();
        this.userGroupId = visibility == Visibility.GROUP ? group : null;
        this.updatedAt = now;
    }

    public void chargeImmediately(boolean immediately, Instant now) {
        this.chargeImmediately = immediately;
        this.updatedAt = now;
    }

    public void archive(boolean archive, Instant now) {
        this.archived = archive;
        this.updatedAt = now;
    }

    /** Replaces the included sessions. */
    public void replaceIncludes(List<OfferingInclude.Session> sessions, Instant now) {
        includes.clear();
        for (OfferingInclude.Session session : sessions) {
            include(session.appointmentTypeId(), session.quantity(), session.repeating());
        }
        this.updatedAt = now;
    }

    private void include(long appointmentTypeId, int quantity, boolean repeating) {
        includes.add(new OfferingInclude(this, appointmentTypeId, quantity, repeating, includes.size()));
    }

    public void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /** Whether a patient of this group (or of none, {@code null}) is offered the package. */
    public boolean isOfferedTo(Long patientGroupId) {
        if (archived || deletedAt != null) {
            return false;
        }
        return switch (visibility()) {
            case VISIBLE -> true;
            case HIDDEN -> false;
            case GROUP -> userGroupId != null && userGroupId.equals(patientGroupId);
        };
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** The price, in {@link #currency()}. */
    public BigDecimal price() {
        return price;
    }

    /** The first payment when it differs from the price, else {@code null}. */
    public BigDecimal firstTimePayment() {
        return firstTimePayment;
    }

    /** What the first payment is: the first-time payment when set, else the price. */
    public BigDecimal initialPayment() {
        return firstTimePayment != null ? firstTimePayment : price;
    }

    public BillingFrequency frequency() {
        return BillingFrequency.ofLabel(billingFrequency);
    }

    public Integer repeatTimes() {
        return repeatTimes;
    }

    public Visibility visibility() {
        return Visibility.ofLabel(visibilityStatus);
    }

    public Long userGroupId() {
        return userGroupId;
    }

    public boolean chargesImmediately() {
        return chargeImmediately;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long createdBy() {
        return createdBy;
    }

    public List<OfferingInclude> includes() {
        return List.copyOf(includes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
