package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Sessions of one appointment type a package includes: {@code quantity} credits per purchase, and again every
 * billing period when repeating. The appointment type is scheduling's, named by id.
 */
@Entity
@Table(name = "offering_include")
public class OfferingInclude {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @Column(name = "appointment_type_id", nullable = false)
    private long appointmentTypeId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "is_repeating", nullable = false)
    private boolean repeating;

    @Column(nullable = false)
    private int position;

    protected OfferingInclude() {
    }

    OfferingInclude(Offering offering, long appointmentTypeId, int quantity, boolean repeating, int position) {
        this.offering = offering;
        this.appointmentTypeId = appointmentTypeId;
        this.quantity = quantity;
        this.repeating = repeating;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long appointmentTypeId() {
        return appointmentTypeId;
    }

    public int quantity() {
        return quantity;
    }

    public boolean isRepeating() {
        return repeating;
    }

    /** Sessions to include, before they are the package's. */
    public record Session(long appointmentTypeId, int quantity, boolean repeating) {
    }
}
