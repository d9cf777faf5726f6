package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A practice, hospital or company using Caregate: the namespace its people sign in to and the boundary no read
 * or write crosses. Organizations may have a parent (sub-organizations).
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean operator;

    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "tax_id_type")
    private String taxIdType;

    private String npi;

    private String city;

    private String country;

    protected Organization() {
    }

    private Organization(String name, Long parentId, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    /** The organization that operates this Caregate installation, created at first start. */
    public static Organization foundOperator(String name, Instant now) {
        Organization organization = new Organization(name, null, now);
        organization.operator = true;
        return organization;
    }

    /** A new organization, at the top level or under {@code parentId}. */
    public static Organization found(String name, Long parentId, Instant now) {
        return new Organization(name, parentId, now);
    }

    /** Records how the organization is reached and identified for billing. */
    public void describe(String phoneNumber, String taxId, String taxIdType, String npi, String city, String country) {
        this.phoneNumber = phoneNumber;
        this.taxId = taxId;
        this.taxIdType = taxIdType;
        this.npi = npi;
        this.city = city;
        this.country = country;
    }

    /** Whether this organization operates the installation: its super admins may create other organizations. */
    public boolean isOperator() {
        return operator;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String taxId() {
        return taxId;
    }

    public String taxIdType() {
        return taxIdType;
    }

    public String npi() {
        return npi;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
